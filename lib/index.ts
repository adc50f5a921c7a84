export * from './core';
export * from './addons';
