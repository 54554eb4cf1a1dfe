export * from './builtin';
export * from './categories';
export * from './entry';
export * from './fields';
export * from './parse';
export * from './search';
export * from './taxonomy';
