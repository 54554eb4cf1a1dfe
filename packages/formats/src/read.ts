// The light entry point, `@jixiao/formats/read`: reading evaluation and rule-set files, without the
// report and sheet writers (docx, ExcelJS) that the full entry point also loads. `jixiao score` and
// `jixiao check` start faster through it.
export * from './evaluation-json/evaluation-json';
export * from './evaluation-json/json-text';
export * from './file/read-evaluation-file';
export * from './file/read-rule-set-path';
export * from './messages';
export * from './rule-set-file/rule-set-file';
// 绩效目标申报表 (.xlsx and jixiao.targets JSON): ExcelJS is loaded only when a sheet is read or written.
export * from './targets-sheet';
