import type { Lang } from '@jixiao/domain';
import type { StatedFacts } from './expectations';

/** Every text `npm run corpus` prints, Chinese first. */
type Params = Record<string, string | number | boolean>;
type Text = (p: Params) => string;
const table = {
  usage: {
    zh: () =>
      [
        '用法：npm run corpus -- 文件夹 [--lang en] [--out 文件] [--formats txt,docx,pdf]',
        '',
        '对一个文件夹中的真实自评报告运行与 `jixiao check` 相同的审核，并度量结果：',
        '  · 语料格式的 .md 文件（报告原文在代码块中，另有一个 YAML 块写明应发现的不一致）：',
        '    逐份给出标出的报告、召回率（找到的预期错误）、精确率（属实的发现）和抽取的事实，最后给出合计；',
        '  · 其他报告文件（.txt、.md、.docx、.pdf，无预期块）：逐份列出审核发现。',
        '每份语料文本按原文 .txt、由原文生成的 .docx 和该 .docx 经 LibreOffice 打印的 PDF 各审核一次，按格式给出合计（--formats txt,docx 只跑其中几种；没有 LibreOffice 时跳过 PDF 并注明）。',
        '结果另写入 artifacts/corpus.json（或 --out 指定的文件）。只度量、不判定：无论结果如何都以 0 退出；文件夹不存在或无法读取时以 2 退出。',
      ].join('\n'),
    en: () =>
      [
        'Usage: npm run corpus -- DIR [--lang en] [--out FILE] [--formats txt,docx,pdf]',
        '',
        'Runs the audit of `jixiao check` over a folder of real self-evaluation reports and measures it:',
        '  · .md files in the corpus format (the report text in a fenced block, and a YAML block of the',
        '    inconsistencies an audit should find): per report and in total, reports flagged, recall (expected',
        '    errors found), precision (findings that are real) and the facts extracted;',
        '  · other report files (.txt, .md, .docx, .pdf without such a block): what the audit found in each.',
        'Each corpus text is audited as .txt, as a .docx built from it and as that .docx printed to PDF, with',
        'totals by format (--formats txt,docx runs only those; PDF is skipped with a note without LibreOffice).',
        'Also writes artifacts/corpus.json (or the --out FILE). It measures and never judges: exit 0 whatever',
        'the figures, 2 when the folder is missing or unreadable.',
      ].join('\n'),
  },
  noDir: {
    zh: (p) => `无法读取文件夹「${p.dir}」：不存在、不是文件夹或没有权限`,
    en: (p) => `cannot read the folder "${p.dir}": missing, not a folder, or not permitted`,
  },
  reportLine: {
    zh: (p) =>
      `${p.file}  ${p.clean ? '干净' : '有不一致'}，${p.flagged ? '已标出' : '未标出'}（错误 ${p.error}，警告 ${p.warning}，提示 ${p.info}）；预期 ${p.expected}，找到 ${p.found}，另报 ${p.other}`,
    en: (p) =>
      `${p.file}  ${p.clean ? 'clean' : 'inconsistent'}, ${p.flagged ? 'flagged' : 'not flagged'} (${p.error} errors, ${p.warning} warnings, ${p.info} info); expected ${p.expected}, found ${p.found}, other ${p.other}`,
  },
  found: { zh: (p) => `  ✓ 找到：${p.what}  ← ${p.code}`, en: (p) => `  ✓ found: ${p.what}  ← ${p.code}` },
  missed: { zh: (p) => `  ✗ 漏报：${p.what}`, en: (p) => `  ✗ missed: ${p.what}` },
  other: {
    zh: (p) => `  ? 另报［${p.severity}］${p.code}：${p.message}`,
    en: (p) => `  ? also [${p.severity}] ${p.code}: ${p.message}`,
  },
  rounding: {
    zh: (p) => `  舍入差异：预期 ${p.expected}，报为提示 ${p.noted}，报为错误或警告 ${p.asError}`,
    en: (p) =>
      `  rounding-only: expected ${p.expected}, noted as info ${p.noted}, as error or warning ${p.asError}`,
  },
  fact: {
    zh: (p) => `  事实「${p.fact}」：写明 ${p.stated}，抽取 ${p.extracted} ${p.agrees ? '✓' : '✗'}`,
    en: (p) => `  fact "${p.fact}": stated ${p.stated}, extracted ${p.extracted} ${p.agrees ? '✓' : '✗'}`,
  },
  none: { zh: () => '（无）', en: () => '(none)' },
  totals: {
    zh: (p) => `合计（${p.reports} 份带预期的报告，目录 ${p.dir}）`,
    en: (p) => `Total (${p.reports} reports with expectations, in ${p.dir})`,
  },
  flaggedTotal: {
    zh: (p) =>
      `  标出的报告：有不一致的 ${p.inconsistent} 份中标出 ${p.right} 份；干净的 ${p.clean} 份中误标 ${p.wrong} 份`,
    en: (p) =>
      `  reports flagged: ${p.right} of ${p.inconsistent} with inconsistencies; ${p.wrong} of ${p.clean} clean ones`,
  },
  recallTotal: {
    zh: (p) => `  召回率：找到预期错误 ${p.found} / ${p.expected} = ${p.recall}`,
    en: (p) => `  recall: expected errors found ${p.found} / ${p.expected} = ${p.recall}`,
  },
  precisionTotal: {
    zh: (p) =>
      `  精确率：属实的错误 ${p.realErrors} / ${p.errors} = ${p.errorPrecision}；属实的错误和警告 ${p.real} / ${p.reported} = ${p.precision}`,
    en: (p) =>
      `  precision: real errors ${p.realErrors} / ${p.errors} = ${p.errorPrecision}; real errors and warnings ${p.real} / ${p.reported} = ${p.precision}`,
  },
  roundingTotal: {
    zh: (p) => `  舍入差异：预期 ${p.expected}，报为提示 ${p.noted}，误报为错误或警告 ${p.asError}`,
    en: (p) =>
      `  rounding-only: expected ${p.expected}, noted as info ${p.noted}, wrongly as error or warning ${p.asError}`,
  },
  factsTotal: { zh: (p) => `  抽取的事实：${p.list}`, en: (p) => `  facts extracted: ${p.list}` },
  factTotal: { zh: (p) => `${p.fact} ${p.agree}/${p.stated}`, en: (p) => `${p.fact} ${p.agree}/${p.stated}` },
  plainHead: { zh: (p) => `${p.file}（无预期块）`, en: (p) => `${p.file} (no expectation block)` },
  summary: { zh: () => '汇总', en: () => 'Summary' },
  formatFailure: {
    zh: (p) => `无法度量「${p.file}」（.${p.format}）：${p.message}`,
    en: (p) => `cannot measure "${p.file}" (.${p.format}): ${p.message}`,
  },
  failure: {
    zh: (p) => `无法度量「${p.file}」：${p.message}`,
    en: (p) => `cannot measure "${p.file}": ${p.message}`,
  },
  written: { zh: (p) => `结果已写入 ${p.path}`, en: (p) => `written to ${p.path}` },
  empty: {
    zh: (p) => `文件夹「${p.dir}」中没有报告文件`,
    en: (p) => `no report files in the folder "${p.dir}"`,
  },
  notApplicable: { zh: () => '无从计算', en: () => 'n/a' },
  formatsHead: {
    zh: () => '按格式（同一批语料文本：原文 .txt、由原文生成的 .docx、该 .docx 经 LibreOffice 打印的 PDF）',
    en: () =>
      'By format (the same corpus texts: as retrieved .txt, a .docx built from them, that .docx printed to PDF by LibreOffice)',
  },
  formatTotal: {
    zh: (p) =>
      `  .${p.format}：${p.reports} 份；召回率 ${p.found}/${p.expected} = ${p.recall}；错误精确率 ${p.realErrors}/${p.errors} = ${p.errorPrecision}；误报错误 ${p.wrongErrors}；干净报告误标 ${p.cleanFlagged}/${p.cleanReports}；恢复指标表 ${p.indicatorTables} 份（读出表格 ${p.withTables} 份）`,
    en: (p) =>
      `  .${p.format}: ${p.reports} reports; recall ${p.found}/${p.expected} = ${p.recall}; error precision ${p.realErrors}/${p.errors} = ${p.errorPrecision}; wrong errors ${p.wrongErrors}; clean reports flagged ${p.cleanFlagged}/${p.cleanReports}; indicator table recovered in ${p.indicatorTables} (tables read in ${p.withTables})`,
  },
  formatDocLine: {
    zh: (p) => `  ${p.file}：${p.list}`,
    en: (p) => `  ${p.file}: ${p.list}`,
  },
  formatDocCell: {
    zh: (p) => `${p.format} 找到 ${p.found}/${p.expected}、错误 ${p.error}、指标 ${p.indicators}`,
    en: (p) => `${p.format} found ${p.found}/${p.expected}, ${p.error} errors, ${p.indicators} indicators`,
  },
  formatSkipped: {
    zh: (p) => `  .${p.format}：跳过（${p.reason}）`,
    en: (p) => `  .${p.format}: skipped (${p.reason})`,
  },
  noSoffice: {
    zh: () => '未找到 LibreOffice（soffice），无法生成 PDF；安装 LibreOffice 或设置 JIXIAO_SOFFICE 后重试',
    en: () => 'LibreOffice (soffice) not found, no PDF can be made; install it or set JIXIAO_SOFFICE',
  },
} satisfies Record<string, Record<Lang, Text>>;

export type MessageKey = keyof typeof table;

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const text: Text = table[key][lang];
  return text(params);
}

export const FACT_LABEL: Record<keyof StatedFacts, Record<Lang, string>> = {
  unit: { zh: '单位', en: 'unit' },
  year: { zh: '年度', en: 'year' },
  totalScore: { zh: '总分', en: 'total score' },
  executionRate: { zh: '执行率', en: 'execution rate' },
  grade: { zh: '等级', en: 'grade' },
  kind: { zh: '类型', en: 'kind' },
  indicators: { zh: '指标数', en: 'indicators' },
};
