export * from './actual';
export * from './characters';
export * from './compare';
export * from './funds-rows';
export * from './indicator-columns';
export * from './numbers';
export * from './target';
