export * from './display-width';
export * from './figures';
