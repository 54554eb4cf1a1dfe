import { findNumbers, type NumberToken } from '@jixiao/domain';
import type { AuditDocument, Evidence } from '../document';
import type { StreamCell } from './form-cells';
import { labelBefore, type Sentence, sentenceEvidence } from './units';

/**
 * Figures a report states with a recognisable label ("全年执行数1209.56万元", "预算执行率为42.42%",
 * "自评总得分94.24分", "等级为“优”"). Only labels that name exactly one concept are taken: "年初预算支出13.2万"
 * (a 三公 budget) is not 年初预算数, and "政府采购执行率" is not the budget execution rate.
 */
export type FactConcept =
  | 'initialBudget'
  | 'adjustedBudget'
  | 'executed'
  | 'executionRate'
  | 'totalScore'
  | 'incomeTotal'
  | 'expenditureTotal';

export const FACT_LABEL: Record<FactConcept, { zh: string; en: string }> = {
  initialBudget: { zh: '年初预算数', en: 'initial budget' },
  adjustedBudget: { zh: '全年（调整）预算数', en: 'adjusted budget' },
  executed: { zh: '全年执行数', en: 'amount executed' },
  executionRate: { zh: '预算执行率', en: 'execution rate' },
  totalScore: { zh: '自评总得分', en: 'total score' },
  incomeTotal: { zh: '全年总收入', en: 'total income' },
  expenditureTotal: { zh: '全年总支出', en: 'total expenditure' },
};

export interface Fact {
  concept: FactConcept;
  token: NumberToken;
  /** The label as written before the figure. */
  label: string;
  sentence: Sentence;
  evidence: Evidence;
}

export interface GradeFact {
  grade: string;
  sentence: Sentence;
  evidence: Evidence;
}

const CONNECT = '(?:为|是|达到|达|共计|合计|总计|约)?[:：]?$';
const LABELS: ReadonlyArray<{
  concept: FactConcept;
  units: ReadonlyArray<NumberToken['unit']>;
  re: RegExp;
  not?: RegExp;
}> = [
  { concept: 'initialBudget', units: ['yuan', 'wanYuan', 'yiYuan'], re: new RegExp(`年初预算数${CONNECT}`) },
  {
    concept: 'adjustedBudget',
    units: ['yuan', 'wanYuan', 'yiYuan'],
    re: new RegExp(
      `(?:全年[（(]调整[）)]预算数|全年调整(?:后)?预算数|全年调整数|调整后(?:的)?预算数?|全年预算数)${CONNECT}`,
    ),
  },
  {
    concept: 'executed',
    units: ['yuan', 'wanYuan', 'yiYuan'],
    re: new RegExp(`(?:全年执行数|预算执行数|全年预算执行数|实际执行数)${CONNECT}`),
  },
  {
    concept: 'executionRate',
    units: ['percent'],
    re: new RegExp(`(?:预算|资金|支出)?执行率${CONNECT}`),
    not: /采购|[0-9一二三四五六七八九十]+\s*[-—~至]\s*[0-9一二三四五六七八九十]+月|月份?执行率|上年|去年|同比/,
  },
  {
    concept: 'totalScore',
    units: ['score'],
    re: new RegExp(`(?:自评(?:总)?得分|总得分|综合得分|评价得分|自评总分|总分)${CONNECT}`),
    not: /满分|权重|分值|总分值|共计\d/,
  },
  {
    concept: 'incomeTotal',
    units: ['yuan', 'wanYuan', 'yiYuan'],
    re: new RegExp(`(?:全年)?(?:总收入|收入合计|收入总计)${CONNECT}`),
    not: /预算|三公/,
  },
  {
    concept: 'expenditureTotal',
    units: ['yuan', 'wanYuan', 'yiYuan'],
    re: new RegExp(`(?:全年)?(?:总支出|支出合计|支出总计)${CONNECT}`),
    not: /预算|三公/,
  },
];

export function extractFacts(sentences: readonly Sentence[]): Fact[] {
  const out: Fact[] = [];
  for (const s of sentences) {
    if (/三公/.test(s.text)) continue;
    // A sentence setting weights ("预算执行率10%、产出指标50%") states weights, not figures.
    const setsWeights = /权重|分值|设置为/.test(s.text);
    for (const token of findNumbers(s.text)) {
      const label = labelBefore(s.text, token.start);
      for (const l of LABELS) {
        if (!l.units.includes(token.unit) || !l.re.test(label)) continue;
        if (l.not?.test(label)) continue;
        if (setsWeights && (l.concept === 'executionRate' || l.concept === 'totalScore')) continue;
        out.push({
          concept: l.concept,
          token,
          label,
          sentence: s,
          evidence: sentenceEvidence(s, token.start, token.end),
        });
        break;
      }
    }
  }
  return out;
}

const GRADE_WORD = '(优秀|优|良好|良|中等|中|合格|及格|差|不合格)';
const GRADE = new RegExp(`(?:等级|级别|评价结果|评定)(?:为|是|：|:)?\\s*[“"「『]?${GRADE_WORD}[”"」』]?`);
/** The form's own grade cell ("自评等级 | 优", one cell per line): the label alone, the grade alone after it. */
const GRADE_LABEL_CELL = /^(?:自评|评价|绩效)?(?:等级|评价结果|评定等级)[:：]?$/;
const GRADE_CELL = new RegExp(`^[“"「『]?${GRADE_WORD}[”"」』]?$`);

export function extractGrades(sentences: readonly Sentence[]): GradeFact[] {
  const out: GradeFact[] = [];
  for (const s of sentences) {
    const m = GRADE.exec(s.text);
    if (!m?.[1]) continue;
    out.push({ grade: m[1], sentence: s, evidence: sentenceEvidence(s, m.index, m.index + m[0].length) });
  }
  return out;
}

/** Grades the form states in a cell of its own, beside the label cell (a form's last row, "自评等级 | 优"). */
export function formGrades(stream: readonly StreamCell[]): GradeFact[] {
  const out: GradeFact[] = [];
  for (const [i, label] of stream.entries()) {
    if (!GRADE_LABEL_CELL.test(label.text.replace(/\s/g, ''))) continue;
    const cell = stream[i + 1];
    const m = cell ? GRADE_CELL.exec(cell.text.trim()) : null;
    if (!cell || !m?.[1]) continue;
    const quote = `${label.text} ${cell.text}`;
    const sentence: Sentence = { text: quote, paragraphText: quote, seq: -1, source: cell.evidence.source };
    out.push({ grade: m[1], sentence, evidence: { quote, source: cell.evidence.source } });
  }
  return out;
}

export type CarryoverClaim = { kind: 'zero'; evidence: Evidence; sentence: Sentence };

/** "年末无结转和结余资金", "结转结余0元", "零结转": the report says nothing is carried over at year end. */
export function extractZeroClosingCarryover(sentences: readonly Sentence[]): CarryoverClaim[] {
  const out: CarryoverClaim[] = [];
  const re =
    /(年初|年末|期末)?(?:无|没有)结转(?:和|及|与|、)?结余|结转(?:和|及|与|、)?结余(?:资金)?(?:为|是)?(?:0(?:\.0+)?|零)(?:万元|元)?(?![\d.])|(年初|年末)?零结转/g;
  for (const s of sentences) {
    for (const m of s.text.matchAll(re)) {
      const when = m[1] ?? m[2];
      if (when === '年初') continue;
      const start = m.index ?? 0;
      out.push({ kind: 'zero', sentence: s, evidence: sentenceEvidence(s, start, start + m[0].length) });
    }
  }
  return out;
}

/**
 * What the form's header says: the unit (实施单位, 单位名称, 部门（单位）名称 …), the 主管部门 (which is not the
 * unit of a project form), the project, the fiscal year and the date the form was filled. Real headers arrive
 * as table cells, as "label | value" pipe rows, one cell per line, or run together ("单位名称:某局填报日期:…"),
 * so the header text is cut into pieces at separators and at every known label, and each label takes the
 * first piece after it that is not another label.
 */
export interface FormHeader {
  unit?: string;
  supervisor?: string;
  project?: string;
  fiscalYear?: number;
  filledYear?: number;
  kind?: 'project' | 'unitWide';
  /** "自评总分: 95", "自评总分(分)97.93" in the header. */
  totalScore?: string;
}

type HeaderField =
  | 'unit'
  | 'unitName'
  | 'supervisor'
  | 'regionalSupervisor'
  | 'project'
  | 'filled'
  | 'total'
  | 'publisher'
  | 'other';

/** Labels of the official headers (a space may split a label: "项目主管单 位", "年初预算 数"). */
const HEADER_LABELS: ReadonlyArray<{ field: HeaderField; words: readonly string[] }> = [
  { field: 'unit', words: ['项目实施单位', '实施(主管)单位', '实施单位', '资金使用单位', '项目单位'] },
  {
    field: 'unitName',
    words: [
      '预算部门、单位名称',
      '一级预算单位名称',
      '预算单位名称',
      '部门(单位)名称',
      '单位名称',
      '部门名称',
      '填报单位',
      '单位(盖章)',
    ],
  },
  { field: 'regionalSupervisor', words: ['中央主管部门', '省级主管部门', '地方主管部门', '省级财政部门'] },
  { field: 'supervisor', words: ['项目主管单位', '主管部门', '主管单位'] },
  { field: 'project', words: ['项目名称'] },
  { field: 'filled', words: ['填报日期', '报告日期', '填表日期'] },
  { field: 'total', words: ['自评总分', '自评得分'] },
  { field: 'publisher', words: ['发布机构', '信息来源', '来源'] },
  {
    field: 'other',
    words: [
      '项目负责人',
      '部门联系人',
      '联系人',
      '联系电话',
      '年初预算',
      '全年预算数',
      '全年执行数',
      '项目资金',
      '资金情况',
      '预算编码',
      '金额单位',
      '是否为专项资金',
      '项目类别',
      '项目属性',
      '项目地址',
      '年度资金总额',
      '评价类型',
      '评价方式',
      '评价机构',
      '索引号',
      '发布日期',
      '发文日期',
      '发布时间',
    ],
  },
];

const LABEL_RE = new RegExp(
  HEADER_LABELS.flatMap((l) => l.words)
    .sort((a, b) => b.length - a.length)
    .map((w) => [...w].map((c) => c.replace(/[()]/g, '[(（)）]')).join('\\s?'))
    .join('|'),
  'g',
);

function fieldOf(label: string): HeaderField {
  const plain = label.replace(/\s/g, '').replace(/（/g, '(').replace(/）/g, ')');
  return HEADER_LABELS.find((l) => l.words.includes(plain))?.field ?? 'other';
}

const BARE_UNIT_LABEL = /^(?:部门|单位|部门[(（]单位[)）])[:：]?$/;

type Piece = ({ label: HeaderField } | { text: string }) & { chunk: number };

/** The header: the blocks before the form's money or indicator part, at most the first 6000 characters. */
function headerPieces(doc: AuditDocument): { pieces: Piece[]; text: string } {
  const parts: string[] = [];
  let size = 0;
  for (const b of doc.blocks) {
    const lines = b.kind === 'paragraph' ? [b.text] : b.rows.map((r) => r.join('|'));
    for (const line of lines) {
      parts.push(line);
      size += line.length;
    }
    if (size > 6000) break;
  }
  const text = parts.join('\n');
  const pieces: Piece[] = [];
  for (const [n, chunk] of text.split(/[|\t\n]+|\s{2,}/).entries()) {
    // "部门 | 某中心": the 部门整体 form's bare 部门 (单位) label, taken only as a whole cell — inside a
    // phrase ("部门整体支出", "部门预算项目") the word labels nothing.
    if (BARE_UNIT_LABEL.test(chunk.trim())) {
      pieces.push({ label: 'unitName', chunk: n });
      continue;
    }
    let at = 0;
    const push = (s: string) => {
      for (const word of s.split(/\s+/)) {
        const t = word.replace(/^[：:]+|[：:]+$/g, '').trim();
        if (t !== '') pieces.push({ text: t, chunk: n });
      }
    };
    for (const m of chunk.matchAll(LABEL_RE)) {
      push(chunk.slice(at, m.index));
      pieces.push({ label: fieldOf(m[0]), chunk: n });
      at = (m.index ?? 0) + m[0].length;
    }
    push(chunk.slice(at));
  }
  return { pieces, text };
}

/** An organisation's name: Han characters ending the way units are named; codes before it dropped. */
const ORG_NAME =
  /^[\u4e00-\u9fff（）()]{2,40}?(?:局|院|中心|政府|委员会|委|站|馆|所|学院|学校|大学|办公室|办|队|会|厅|部|处|校|室|团|社|公司|镇|乡|街道办事处|机关|园|场|台|协会)$/;

function orgName(text: string): string | undefined {
  const t = text
    .replace(/^\[\d+\]|^\d+[-—]/, '')
    .replace(/[（(]盖章[)）]/g, '')
    .trim();
  return ORG_NAME.test(t) ? t : undefined;
}

/**
 * The short forms that pages and forms write for a unit's official name ("安居区市场监管局" for
 * 安居区市场监督管理局), each only where it ends the name: the unit is named once, by its full name.
 */
const SHORT_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/市场监管局$/, '市场监督管理局'],
  [/人社局$/, '人力资源和社会保障局'],
  [/发改局$/, '发展和改革局'],
  [/发改委$/, '发展和改革委员会'],
  [/卫健委$/, '卫生健康委员会'],
  [/卫健局$/, '卫生健康局'],
  [/住建局$/, '住房和城乡建设局'],
  [/文旅局$/, '文化和旅游局'],
  [/退役军人局$/, '退役军人事务局'],
  [/医保局$/, '医疗保障局'],
  [/应急局$/, '应急管理局'],
  [/农业农村委$/, '农业农村委员会'],
  [/残联$/, '残疾人联合会'],
];

export function fullUnitName(name: string): string {
  for (const [re, full] of SHORT_NAMES) if (re.test(name)) return name.replace(re, full);
  return name;
}

/** "西平县", "遂宁市安居区": the place a document's first line names, where a title begins with it. */
function titlePlace(doc: AuditDocument): string | undefined {
  for (const b of doc.blocks.slice(0, 6)) {
    if (b.kind !== 'paragraph') continue;
    const m =
      /^(?:20\d\d\s*年度?)?((?:[\u4e00-\u9fff]{2,6}?[省市])?[\u4e00-\u9fff]{1,6}?[县区旗])(?=[\u4e00-\u9fff]{2,40}?(?:自评报告|自评表|评价报告))/.exec(
        b.text.trim(),
      );
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** "扶贫办" (a page's source) in a report titled "2023年西平县…自评报告": the office of the place the title names. */
function placed(name: string, doc: AuditDocument): string {
  if (/[省市县区旗州镇乡]/.test(name) || /大学|学院|医院/.test(name)) return name;
  const place = titlePlace(doc);
  return place ? `${place}${name}` : name;
}

export function readFormHeader(doc: AuditDocument): FormHeader {
  const { pieces, text } = headerPieces(doc);
  const values = new Map<HeaderField, string[]>();
  for (const [i, p] of pieces.entries()) {
    if (!('label' in p)) continue;
    const next = pieces[i + 1];
    // A total is taken only beside its label ("自评总分: 95"): alone in a cell, 自评得分 heads a column.
    if (p.label === 'total' && next?.chunk !== p.chunk) continue;
    if (next && 'text' in next) values.set(p.label, [...(values.get(p.label) ?? []), next.text]);
  }
  const orgs = (field: HeaderField) =>
    (values.get(field) ?? []).flatMap((v) => {
      const o = orgName(v);
      return o ? [o] : [];
    });
  const longest = (names: string[]) => names.sort((a, b) => b.length - a.length)[0];
  const kind = formKind(text, values.has('project'));
  const supervisor = longest(orgs('supervisor'));
  // A unit-wide form names the department itself under 主管部门; a project form's 主管部门 is the unit only
  // when neither the form (实施单位, 单位名称) nor its title names one. The 中央/省级主管部门 of a regional
  // transfer form never is; the page's publisher (发布机构, 来源) is the last resort.
  const unlabelled = !values.has('unit') && !values.has('unitName');
  const unit =
    longest(orgs('unit')) ??
    longest(orgs('unitName')) ??
    (kind === 'unitWide' ? supervisor : undefined) ??
    titleUnit(doc) ??
    (unlabelled ? supervisor : undefined) ??
    publisherUnit(orgs('publisher')[0], doc);
  const project = values.get('project')?.[0];
  const total = (values.get('total') ?? [])
    .map((v) => /^(?:[(（]分[)）])?[:：]?(\d{1,3}(?:\.\d+)?)分?$/.exec(v)?.[1])
    .find(Boolean);
  const filled = (values.get('filled') ?? []).map((v) => /^(20\d\d)\s*[年.\-/]/.exec(v)?.[1]).find(Boolean);
  const fiscalYear = formYear(text, project, filled === undefined ? undefined : Number(filled));
  return {
    ...(unit ? { unit } : {}),
    ...(supervisor ? { supervisor } : {}),
    ...(project && !/(?:自评表|自评报告)$/.test(project) ? { project } : {}),
    ...(fiscalYear !== undefined ? { fiscalYear } : {}),
    ...(filled !== undefined ? { filledYear: Number(filled) } : {}),
    ...(kind ? { kind } : {}),
    ...(total !== undefined ? { totalScore: total } : {}),
  };
}

function publisherUnit(name: string | undefined, doc: AuditDocument): string | undefined {
  return name === undefined ? undefined : placed(name, doc);
}

/** "重庆市某区某局2020年度部门整体支出绩效自评报告", "某市某局关于“2021年…资金”管理使用情况": the unit in the title. */
function titleUnit(doc: AuditDocument): string | undefined {
  for (const b of doc.blocks.slice(0, 40)) {
    if (b.kind !== 'paragraph') continue;
    const t = b.text.replace(/^\d+、\s*/, '').replace(/^#+\s*/, '');
    const m =
      /^([\u4e00-\u9fff（）()]{2,40}?)(?:20\d\d)\s*年度?.{0,40}?(?:自评表|自评报告|评价报告|自评结果)/.exec(
        t,
      ) ?? /^([\u4e00-\u9fff（）()]{2,40}?)关于.{0,60}(?:绩效|资金|自评)/.exec(t);
    // "按区财政局2021年度绩效评价通知": a sentence naming another body, not a title.
    const name = m?.[1] && !/^(?:按|根据|依据|经|由|对|向|在|为)/.test(m[1]) ? orgName(m[1]) : undefined;
    if (name) return name;
    // "2021年某市发展和改革局部门整体支出绩效自评报告": the year first, the unit right before 部门整体.
    const yearFirst =
      /^20\d\d\s*年度?([\u4e00-\u9fff（）()]{2,40}?)(?:部门|单位)?(?:[(（]单位[)）])?整体支出/.exec(t);
    const named = yearFirst?.[1] ? orgName(yearFirst[1]) : undefined;
    if (named) return named;
  }
  return undefined;
}

function formKind(text: string, hasProject: boolean): FormHeader['kind'] {
  const head = text.slice(0, 4000);
  if (/整体支出|部门整体|单位整体/.test(head)) return 'unitWide';
  if (
    hasProject ||
    /项目支出|项目绩效|项目自评|区域(?:\(项目\))?绩效目标自评|资金[^。\n]{0,12}(?:绩效自评|绩效评价|管理使用)/.test(
      head,
    )
  )
    return 'project';
  return undefined;
}

/**
 * The fiscal year: the form's own "(2021年度)", else a title "2022年度…自评表/报告" (names of other documents in
 * 《》 and file names left aside), else the year the project is named for, else the year before the form
 * was filled (self-evaluations are filled after the year they evaluate).
 */
function formYear(text: string, project: string | undefined, filled: number | undefined): number | undefined {
  const own = text
    .split('\n')
    .filter((l) => !/\.(?:docx?|pdf|xlsx?|wps)\s*[》)]?\s*$/i.test(l.trim()))
    .join('\n')
    .replace(/《[^》\n]*》/g, '');
  const bracketed = /[(（]\s*(20\d\d)\s*年度?\s*[)）]/.exec(own);
  if (bracketed?.[1]) return Number(bracketed[1]);
  // A form's title ("2022年度项目支出绩效自评表") before a heading that names the year of the money.
  for (const re of [
    /(20\d\d)\s*年度[^。\n]{0,40}?(?:自评表|自评报告)/,
    /(20\d\d)\s*年度?[^。\n]{0,40}?(?:自评表|自评报告|绩效评价|绩效自评|自评结果)/,
  ]) {
    const title = re.exec(own);
    if (title?.[1]) return Number(title[1]);
  }
  const named = project ? /^(20\d\d)\s*年/.exec(project) : null;
  if (named?.[1]) return Number(named[1]);
  return filled === undefined ? undefined : filled - 1;
}
