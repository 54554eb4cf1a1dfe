export * from './definition';
export * from './evaluation';
export * from './machine';
export * from './rectification';
export * from './statistics';
export * from './submission-gate';
export * from './validate';
