export * from './date';
export * from './figures';
