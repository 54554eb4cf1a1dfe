import { formatNumber } from '../format/figures';
import { dec } from '../money/decimal';
import type { ResultEntry } from '../results/apply';
import { generatedParagraph, type ReportBlock } from './document';
import { figure, type SentencePart, sentence } from './sentence';

/**
 * The 结果应用情况 section's generated paragraph, from this evaluation's entry of the bureau's suggestion
 * list (plain data the caller passes in, `ReportOptions.resultApplication`): score, grade, the suggestion
 * and the amount in force, each with its source. Nothing when the entry gives no suggestion (unscored).
 */
export function resultApplicationBlocks(entry: ResultEntry | undefined): ReportBlock[] {
  if (!entry || entry.suggestionLabel === null || entry.totalScore === null || entry.gradeLabel === null)
    return [];
  const src = `results(${entry.fiscalYear})[${entry.evaluationId}]`;
  const by = entry.overridden ? 'override' : 'rule';
  const parts: SentencePart[] = [
    `根据${entry.fiscalYear}年度绩效自评结果（得分`,
    figure(formatNumber(entry.totalScore, 2), `${src}.totalScore`),
    '分，等级“',
    figure(entry.gradeLabel, `${src}.grade`),
    '”），财政部门对下一年度预算的结果应用建议为“',
    figure(entry.suggestionLabel.zh, `${src}.${by}.suggestion`),
    '”',
  ];
  if (entry.change !== null) {
    const change = dec(entry.change);
    const source = entry.overridden
      ? `${src}.override.change`
      : `${src}.rule: 全年预算数 × ${entry.changePercent}%`;
    parts.push(
      change.isNegative() ? '，核减预算' : '，调整金额',
      figure(formatNumber(change.abs(), Math.max(2, change.decimalPlaces())), source),
      '万元',
    );
  }
  parts.push('。');
  if (entry.overridden && entry.reason) parts.push(`调整理由：${entry.reason.replace(/[。.]$/u, '')}。`);
  return [generatedParagraph(sentence(...parts), 'resultApplication')];
}
