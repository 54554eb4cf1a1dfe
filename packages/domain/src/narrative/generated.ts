import { domainMessage } from '../messages';
import { EVALUATION_KIND_LABEL, type Evaluation } from '../model/evaluation';
import { dec } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import { bandsHighFirst } from '../scoring/grade';
import type { ReportBlock, ReportTableCell } from './document';
import type { ReportFacts } from './facts';
import { chineseNumeral } from './format';
import { figure, type NarrativeSentence, type SentencePart, sentence } from './sentence';

/** The sentences the data can write. Each returns blocks whose figures carry their sources. */

function generated(s: NarrativeSentence, section: string): ReportBlock {
  return { type: 'paragraph', sentence: s, origin: 'generated', section };
}

/** “科普经费”项目, but “全区科普经费项目” without a second 项目. */
export function projectPhrase(name: string | undefined): string {
  const n = name ?? '';
  return `“${n}”${n.endsWith('项目') ? '' : '项目'}`;
}

export function openingSentence(evaluation: Evaluation, facts: ReportFacts): ReportBlock {
  const who =
    facts.kind === 'project' ? (evaluation.project?.implementingUnit ?? facts.unitName) : facts.unitName;
  const what =
    facts.kind === 'project'
      ? `${projectPhrase(facts.projectName)}${facts.year}年度支出`
      : `${facts.year}年度部门整体支出`;
  return generated(
    sentence(`按照预算绩效管理有关要求，${who}对${what}开展了绩效自评，现将有关情况报告如下：`),
    'opening',
  );
}

/** Ends a line the unit typed without a closing mark, as a sentence of the report must. */
function closed(text: string): string {
  const t = text.trim();
  return /[。！？；：]$/.test(t) ? t : `${t}。`;
}

/** 年度目标 and 实际完成情况 as the unit wrote them; several goals are numbered under one lead line. */
export function goalsBlocks(evaluation: Evaluation): ReportBlock[] {
  const goals = evaluation.goals;
  const lines = goals.length > 1 ? ['年度绩效目标如下：'] : [];
  goals.forEach((g, i) => {
    lines.push(goals.length > 1 ? `${i + 1}. ${closed(g.expected)}` : `年度绩效目标：${closed(g.expected)}`);
    if (g.actual?.trim()) lines.push(`实际完成情况：${closed(g.actual)}`);
  });
  return lines.map<ReportBlock>((text) => ({
    type: 'paragraph',
    sentence: sentence(text),
    origin: 'entered',
    section: 'goalsOverview',
  }));
}

/** How the score is made up; nothing to say when there are no indicators to score. */
export function indicatorSystemSentence(facts: ReportFacts): ReportBlock | undefined {
  if (facts.indicators.length === 0) return undefined;
  const used = facts.blocks.filter((b) => b.count > 0);
  const parts: SentencePart[] = [
    '本次自评指标体系由预算执行率（',
    facts.execution.weight,
    '分）和',
    figure(String(facts.indicators.length), 'evaluation.indicators.length'),
    '项三级绩效指标（',
    facts.indicatorWeight,
    '分）构成',
  ];
  if (used.length > 1) {
    parts.push('，其中');
    used.forEach((b, i) => {
      if (i > 0) parts.push('、');
      parts.push(b.label, figure(String(b.count), `result.blocks[${b.key}].indicatorCount`), '项');
    });
  }
  parts.push('，满分', facts.totalWeight, '分。');
  return generated(sentence(...parts), 'evaluationPrinciples');
}

/** "按总分划分为四个等级：90分（含）以上为“优”，80分（含）至90分为“良”……" from the rule set's bands, highest first. */
export function gradeBandsSentence(ruleSet: RuleSet): ReportBlock {
  const bands = bandsHighFirst(ruleSet);
  const parts: SentencePart[] = [
    `评价结果采取评分与评级相结合的方式，按总分划分为${chineseNumeral(bands.length)}个等级：`,
  ];
  bands.forEach((b, i) => {
    const upper = bands[i - 1];
    const src = `ruleSet(${ruleSet.id}).grades[${b.key}]`;
    const upperMin = upper ? figure(upper.min, `ruleSet(${ruleSet.id}).grades[${upper.key}].min`) : undefined;
    if (i > 0) parts.push('，');
    if (!upperMin) parts.push(figure(b.min, `${src}.min`), '分（含）以上');
    else if (dec(b.min).isZero()) parts.push(upperMin, '分以下');
    else parts.push(figure(b.min, `${src}.min`), '分（含）至', upperMin, '分');
    parts.push(`为“${b.label}”`);
  });
  parts.push('。');
  return generated(sentence(...parts), 'evaluationMethod');
}

export function conclusionBlocks(evaluation: Evaluation, facts: ReportFacts): ReportBlock[] {
  const who =
    evaluation.kind === 'project'
      ? `${projectPhrase(facts.projectName)}${facts.year}年度绩效自评`
      : `${facts.unitName}${facts.year}年度${EVALUATION_KIND_LABEL.unitWide}`;
  const head = facts.totalScore && facts.grade ? scoredSentence(who, facts) : unscoredSentence(who, facts);
  return [generated(head, 'conclusion'), scoreTable(facts)];
}

function scoredSentence(who: string, facts: ReportFacts): NarrativeSentence {
  return sentence(
    `经自评，${who}总得分`,
    facts.totalScore ?? '',
    '分，等级为“',
    facts.grade ?? '',
    '”。其中，预算执行率得分',
    facts.execution.score,
    '分（分值',
    facts.execution.weight,
    '分），绩效指标得分',
    facts.indicatorScore,
    '分（分值',
    facts.indicatorWeight,
    '分）。具体得分情况见表1。',
  );
}

/**
 * No total (scoring/scored.ts): say so and why, give no grade; an execution score that computed is still
 * reported on its own points, and a score the source document states is quoted as stated.
 */
function unscoredSentence(who: string, facts: ReportFacts): NarrativeSentence {
  const noGrade = domainMessage('score.noGrade').text.zh;
  const parts: SentencePart[] = [`${who}${UNSCORED}：${facts.unscored?.reason ?? ''}，${noGrade}。`];
  if (facts.execution.printed)
    parts.push('预算执行率得分', facts.execution.score, '分（分值', facts.execution.weight, '分）。');
  if (facts.unscored?.stated) parts.push(facts.unscored.stated, '。');
  parts.push('具体得分情况见表1。');
  return sentence(...parts);
}

const UNSCORED = domainMessage('score.unscored').text.zh;

function scoreTable(facts: ReportFacts): ReportBlock {
  const ex = facts.execution;
  const exRate =
    ex.scoreRate && ex.printed ? { text: ex.scoreRate.value, figure: ex.scoreRate } : { text: '—' };
  const exScore = ex.printed ? { text: ex.score.value, figure: ex.score } : { text: '—' };
  const rows = [
    [
      { text: '预算执行率' },
      { text: ex.weight.value, figure: ex.weight, align: 'center' as const },
      { ...exScore, align: 'center' as const },
      { ...exRate, align: 'center' as const },
    ],
    ...facts.indicators.map((i) => [
      { text: i.name },
      { text: i.weight.value, figure: i.weight, align: 'center' as const },
      { text: i.score.value, figure: i.score, align: 'center' as const },
      { text: i.scoreRate.value, figure: i.scoreRate, align: 'center' as const },
    ]),
    [
      { text: '合计', align: 'center' as const },
      { text: facts.totalWeight.value, figure: facts.totalWeight, align: 'center' as const },
      ...totalCells(facts),
    ],
  ];
  return {
    type: 'table',
    caption: '表1 指标得分情况',
    columns: [
      { label: '指标名称', width: 5 },
      { label: '分值', width: 1.5 },
      { label: '得分', width: 1.5 },
      { label: '得分率', width: 2 },
    ],
    rows,
    section: 'conclusion',
  };
}

/** The 合计 row's 得分 and 等级 cells: the total and grade, or "未评分" and no grade. */
function totalCells(facts: ReportFacts): ReportTableCell[] {
  if (!facts.totalScore || !facts.grade)
    return [
      { text: UNSCORED, align: 'center' },
      { text: '—', align: 'center' },
    ];
  return [
    { text: facts.totalScore.value, figure: facts.totalScore, align: 'center' },
    { text: `等级：${facts.grade.value}`, figure: facts.grade, align: 'center' },
  ];
}
