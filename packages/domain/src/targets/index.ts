export * from './adjust';
export * from './check';
export * from './check-declaration';
export * from './compare';
export { DECLARATION_LABELS } from './labels';
export * from './parse';
export * from './registry';
export * from './to-evaluation';
