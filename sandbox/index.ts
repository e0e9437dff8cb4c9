export * from './server';
export * from './webhooks';
export * from './oauth';
export { Clock, Store } from './store';
export type { Json } from './store';
export { demoData } from './demo';
