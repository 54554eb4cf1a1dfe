export * from './dates';
export * from './deadline';
export * from './labels';
export * from './model';
