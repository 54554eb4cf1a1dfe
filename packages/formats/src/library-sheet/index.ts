export { readLibraryXlsx } from './read';
export { libraryRowCells, writeLibraryXlsx } from './write';
