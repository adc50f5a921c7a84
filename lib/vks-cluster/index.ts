export * from './types';
export * from './regions';
export * from './flavors';
export * from './node-group';
export * from './vks-cluster';
