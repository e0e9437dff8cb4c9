export * from './request';
export * from './pagination';
export * from './errors';
export * from './scroll';
export * from './pacer';
export * from './path';
