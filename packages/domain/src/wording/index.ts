export * from './actual';
export * from './characters';
export * from './compare';
export * from './numbers';
export * from './target';
