export * from './definition';
export * from './evaluation';
export * from './machine';
export * from './submission-gate';
export * from './validate';
export * from './statistics';
