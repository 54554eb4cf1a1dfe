export * from './bundle';
export * from './docx-inspect';
export * from './fonts';
export * from './gbt9704';
export * from './write-docx';
