import { findNumbers, type NumberToken } from '@jixiao/domain';
import type { Evidence } from '../document';
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

const GRADE =
  /(?:等级|级别|评价结果|评定)(?:为|是|：|:)?\s*[“"「『]?(优秀|优|良好|良|中等|中|合格|及格|差|不合格)[”"」』]?/;

export function extractGrades(sentences: readonly Sentence[]): GradeFact[] {
  const out: GradeFact[] = [];
  for (const s of sentences) {
    const m = GRADE.exec(s.text);
    if (!m?.[1]) continue;
    out.push({ grade: m[1], sentence: s, evidence: sentenceEvidence(s, m.index, m.index + m[0].length) });
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
