export * from './props';
export * from './member';
export * from './netbird-bridge';
export * from './error-codes';
