import type { Lang } from '@jixiao/domain';
import type { StatedFacts } from './expectations';

/** Every text `npm run corpus` prints, Chinese first. */
type Params = Record<string, string | number | boolean>;
type Text = (p: Params) => string;
const table = {
  usage: {
    zh: () =>
      [
        '用法：npm run corpus -- 文件夹 [--lang en] [--out 文件]',
        '',
        '对一个文件夹中的真实自评报告运行与 `jixiao check` 相同的审核，并度量结果：',
        '  · 语料格式的 .md 文件（报告原文在代码块中，另有一个 YAML 块写明应发现的不一致）：',
        '    逐份给出标出的报告、召回率（找到的预期错误）、精确率（属实的发现）和抽取的事实，最后给出合计；',
        '  · 其他报告文件（.txt、.md、.docx、.pdf，无预期块）：逐份列出审核发现。',
        '结果另写入 artifacts/corpus.json（或 --out 指定的文件）。只度量、不判定：无论结果如何都以 0 退出；文件夹不存在或无法读取时以 2 退出。',
      ].join('\n'),
    en: () =>
      [
        'Usage: npm run corpus -- DIR [--lang en] [--out FILE]',
        '',
        'Runs the audit of `jixiao check` over a folder of real self-evaluation reports and measures it:',
        '  · .md files in the corpus format (the report text in a fenced block, and a YAML block of the',
        '    inconsistencies an audit should find): per report and in total, reports flagged, recall (expected',
        '    errors found), precision (findings that are real) and the facts extracted;',
        '  · other report files (.txt, .md, .docx, .pdf without such a block): what the audit found in each.',
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
