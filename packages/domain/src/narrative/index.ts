export * from './annex';
export * from './document';
export * from './facts';
export * from './format';
export * from './outline';
export * from './rectification';
export * from './sentence';
