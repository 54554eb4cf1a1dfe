export * from './apply';
export * from './messages';
export * from './publication';
