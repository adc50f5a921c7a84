/**
 * Tests run through SWC without type-checking each file: `npm run typecheck` (tsc --noEmit)
 * type-checks the whole project once. One worker per core (jest's default leaves one core idle,
 * which on a 2-core machine means a single worker).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  maxWorkers: '100%',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/util/summary-reporter.js'],
};
