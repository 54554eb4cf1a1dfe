import { TIER_LABEL } from '../model/evaluation';
import { generatedParagraph, type ReportBlock } from './document';
import type { IndicatorFacts, ReportFacts } from './facts';
import { commaJoin } from './funds';
import { figure, type NarrativeSentence, type SentencePart, sentence } from './sentence';

/**
 * 绩效评价指标分析: the execution rate where it is scored, then each indicator by what it aimed at,
 * what was achieved and how that compares — the unit's own sentence about the result when it wrote
 * one. How a score was reached (rule, manual basis) is not told here: it is in the score explanations.
 */

const generated = (s: NarrativeSentence): ReportBlock => generatedParagraph(s, 'indicatorAnalysis');

/** Drops the closing mark of a sentence the unit wrote, so that it can go on inside ours. */
function clause(text: string): string {
  return text.trim().replace(/[。；;，,.]+$/, '');
}

export function executionAnalysis(facts: ReportFacts): ReportBlock[] {
  const ex = facts.execution;
  const score: SentencePart[] = ['指标分值', ex.weight, '分，得分', ex.score, '分。'];
  if (ex.ratePercent) {
    return [generated(sentence(`${facts.year}年度预算执行率为`, ex.ratePercent, '，该', ...score))];
  }
  // A score set from the source document without the amounts: the score stands, the rate is the unit's.
  if (ex.basis === 'manual') return [generated(sentence('预算执行率', ...score))];
  return [];
}

const QUANTITATIVE_OUTCOME = {
  met: '达到年度指标值',
  // The engine's 'exceeded' is completion of 150% or more, not just above the target.
  exceeded: '大幅超过年度指标值',
  partlyMet: '未完全达到年度指标值',
  notMet: '未达到年度指标值',
} as const;

/** How the result compares with the target, in words; nothing when there is no target to compare with. */
export function outcomePhrase(i: IndicatorFacts): string | undefined {
  if (i.outcome === 'unknown') return undefined;
  if (!i.qualitative) return QUANTITATIVE_OUTCOME[i.outcome];
  const tier = TIER_LABEL[i.outcome === 'exceeded' ? 'met' : i.outcome];
  return i.actual === tier ? undefined : tier;
}

/** "1. 新增科技型企业数量：年度指标值≥150家，实际完成171家，达到年度指标值；该指标分值15分，得分15.00分。" */
export function indicatorSentence(i: IndicatorFacts, n: number): NarrativeSentence {
  const said: SentencePart[][] = [];
  if (i.target) said.push([`年度指标值${i.target}`]);
  if (i.actualText) said.push([clause(i.actualText)]);
  else if (i.actual) said.push([i.qualitative ? `实际完成情况：${clause(i.actual)}` : `实际完成${i.actual}`]);
  const outcome = outcomePhrase(i);
  if (outcome) said.push([outcome]);
  const parts: SentencePart[] = [`${n}. ${i.name}：`, ...commaJoin(said)];
  parts.push(said.length > 0 ? '；该指标分值' : '该指标分值', i.weight, '分，得分', i.score, '分。');
  if (i.deviationReason) parts.push(`偏差原因：${clause(i.deviationReason)}。`);
  if (i.improvementMeasure) parts.push(`改进措施：${clause(i.improvementMeasure)}。`);
  return sentence(...parts);
}

/** One group per block of the rule set (产出/效益/满意度…), in the result's order; unmatched rows last. */
export function indicatorAnalysis(facts: ReportFacts): { title: string; blocks: ReportBlock[] }[] {
  type Group = { key: string | null; title: string; block?: ReportFacts['blocks'][number] };
  const groups: Group[] = facts.blocks
    .filter((b) => b.count > 0)
    .map((b) => ({ key: b.key, title: `${b.label}完成情况`, block: b }));
  if (facts.indicators.some((i) => i.block === null)) groups.push({ key: null, title: '其他指标完成情况' });
  return groups.map((g) => {
    const items = facts.indicators.filter((i) => i.block === g.key);
    const blocks: ReportBlock[] = [];
    // A block of one indicator has the indicator's own weight and score: said once, in its line.
    if (g.block && g.block.count > 1) {
      const parts: SentencePart[] = [
        `${g.block.label}共`,
        figure(String(g.block.count), `result.blocks[${g.block.key}].indicatorCount`),
        '项',
      ];
      if (g.block.weight) parts.push('，分值', g.block.weight, '分');
      parts.push('，得分', g.block.score, '分。');
      blocks.push(generated(sentence(...parts)));
    }
    items.forEach((i, n) => {
      blocks.push(generated(indicatorSentence(i, n + 1)));
    });
    return { title: g.title, blocks };
  });
}
