export * from './server';
export * from './webhooks';
export { Store } from './store';
export type { Json } from './store';
export { demoData } from './demo';
