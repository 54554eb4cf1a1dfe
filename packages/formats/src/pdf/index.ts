export * from './docx-to-pdf';
export * from './fontconfig';
export * from './soffice';
