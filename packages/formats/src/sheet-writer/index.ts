export * from './layout';
export * from './write-xlsx';
