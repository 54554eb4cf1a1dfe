export * from './date';
export * from './display-width';
export * from './figures';
