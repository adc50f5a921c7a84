export * from './ingress-nginx';
