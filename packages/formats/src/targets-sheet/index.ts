export * from './json';
export { declarationKindOf, isDeclarationXlsx, readDeclarationGrid, readDeclarationXlsx } from './read';
export { buildDeclarationSheet, writeDeclarationXlsx } from './write';
