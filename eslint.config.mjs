// Fast, syntax-level lint (no type information: tsc --noEmit does the type-checking once).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'cdktf.out/**', '.gen/**', '.conformance/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', {
        paths: [
          { name: '@cdktf/provider-kubernetes', message: 'Import by deep path (@cdktf/provider-kubernetes/lib/<resource>): the package index costs ~0.5 s and ~190 MB per synth.' },
          { name: '@cdktf/provider-helm', message: 'Import by deep path (@cdktf/provider-helm/lib/<resource>).' },
          { name: '@cdktf/provider-cloudflare', message: 'Import by deep path (@cdktf/provider-cloudflare/lib/<resource>).' },
        ],
        patterns: [{ regex: '\\.gen/providers/[^/]+/?$', message: 'Import generated bindings by deep path (.gen/providers/<provider>/<resource>).' }],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
