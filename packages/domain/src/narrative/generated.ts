import { formatAmount } from '../format/figures';
import { domainMessage } from '../messages';
import { EVALUATION_KIND_LABEL, type Evaluation } from '../model/evaluation';
import { dec } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import { bandsHighFirst } from '../scoring/grade';
import type { ReportBlock, ReportTableCell } from './document';
import type { FundsRowFacts, ReportFacts } from './facts';
import { amountUnitLabel } from './format';
import { figure, joinSentences, type NarrativeSentence, type SentencePart, sentence } from './sentence';

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

export function staffSentence(evaluation: Evaluation): ReportBlock | undefined {
  const s = evaluation.staff;
  if (!s) return undefined;
  const parts: SentencePart[][] = [];
  if (s.authorized !== undefined)
    parts.push(['核定编制', figure(String(s.authorized), 'evaluation.staff.authorized'), '名']);
  if (s.actual !== undefined)
    parts.push(['实有人员', figure(String(s.actual), 'evaluation.staff.actual'), '名']);
  if (s.retired !== undefined)
    parts.push(['退休人员', figure(String(s.retired), 'evaluation.staff.retired'), '名']);
  if (parts.length === 0) return undefined;
  const joined: SentencePart[] = [`${evaluation.unit.name}`];
  parts.forEach((p, i) => {
    if (i > 0) joined.push('，');
    joined.push(...p);
  });
  joined.push('。');
  return generated(sentence(...joined), 'organisation');
}

/** "年初预算数为X万元，全年（调整）预算数为Y万元，全年执行数为Z万元" for one funds row. */
function fundsRowParts(row: FundsRowFacts, unit: string): SentencePart[][] {
  const parts: SentencePart[][] = [];
  if (row.initialBudget) parts.push(['年初预算数为', row.initialBudget, unit]);
  if (row.adjustedBudget) parts.push(['全年（调整）预算数为', row.adjustedBudget, unit]);
  if (row.executed) parts.push(['全年执行数为', row.executed, unit]);
  return parts;
}

function commaJoin(groups: SentencePart[][]): SentencePart[] {
  return groups.flatMap((g, i) => (i === 0 ? g : ['，', ...g]));
}

export function fundsParagraphs(evaluation: Evaluation, facts: ReportFacts): ReportBlock[] {
  const unit = amountUnitLabel(facts.amountUnit);
  const [total, ...rows] = facts.funds;
  const out: ReportBlock[] = [];
  if (total) {
    const groups = fundsRowParts(total, unit);
    if (facts.execution.ratePercent) groups.push(['预算执行率为', facts.execution.ratePercent]);
    if (groups.length > 0) {
      const who = facts.kind === 'project' ? `该项目${facts.year}年度资金` : `${facts.year}年部门预算资金`;
      out.push(generated(sentence(who, ...commaJoin(groups), '。'), 'budgetOverview'));
    }
  }
  const sub = rows
    .map((r) => ({ label: r.label, groups: fundsRowParts(r, unit) }))
    .filter((r) => r.groups.length > 0)
    .map((r) => sentence(r.label, ...commaJoin(r.groups)));
  if (sub.length > 0) {
    const joined = sub.flatMap((s, i) => (i === 0 ? [s] : [sentence('；'), s]));
    out.push(generated(joinSentences([sentence('其中，'), ...joined, sentence('。')]), 'budgetOverview'));
  }
  // The unit's own text (budget overview or 三公 explanation) often already states the 三公 figures;
  // then it is shown as written and the generated sentence is left out, so nothing is said twice.
  const threeExplanation = evaluation.threePublicExpenses?.explanation?.trim();
  const unitStatesThree = [evaluation.narrative.budgetOverview, threeExplanation].some((t) =>
    t?.includes('三公'),
  );
  const three = unitStatesThree ? undefined : threePublicSentence(evaluation, facts);
  if (three) out.push(generated(three, 'budgetOverview'));
  if (threeExplanation && (unitStatesThree || !three)) {
    out.push({
      type: 'paragraph',
      sentence: sentence(threeExplanation),
      origin: 'entered',
      section: 'budgetOverview',
    });
  }
  const carry = evaluation.carryover;
  if (carry?.opening !== undefined || carry?.closing !== undefined) {
    const g: SentencePart[][] = [];
    if (carry.opening !== undefined)
      g.push([
        '年初结转结余',
        figure(formatAmount(carry.opening, 'document'), 'evaluation.carryover.opening'),
        unit,
      ]);
    if (carry.closing !== undefined)
      g.push([
        '年末结转结余',
        figure(formatAmount(carry.closing, 'document'), 'evaluation.carryover.closing'),
        unit,
      ]);
    out.push(generated(sentence(...commaJoin(g), '。'), 'budgetOverview'));
  }
  if (carry?.explanation?.trim()) out.push(generated(sentence(carry.explanation.trim()), 'budgetOverview'));
  return out;
}

/** Where a 三公 total comes from: the stated total, or the sum of its parts (by metrics). */
function threePublicSource(which: 'actual' | 'budget', evaluation: Evaluation): string {
  const stated = evaluation.threePublicExpenses?.[which]?.total !== undefined;
  return stated
    ? `evaluation.threePublicExpenses.${which}.total`
    : `metrics.threePublicExpenses.${which}Total = threePublicExpenses.${which} 各项之和`;
}

function threePublicSentence(evaluation: Evaluation, facts: ReportFacts): NarrativeSentence | undefined {
  const t = evaluation.threePublicExpenses;
  const m = facts.metrics.threePublicExpenses;
  const actual = m.actualTotal;
  if (!t || actual === undefined) return undefined;
  const unit = amountUnitLabel(evaluation.amountUnit);
  const parts: SentencePart[] = [
    `${evaluation.fiscalYear}年“三公”经费支出总额`,
    figure(formatAmount(actual, 'document'), threePublicSource('actual', evaluation)),
    unit,
  ];
  const budget = m.budgetTotal;
  const diff = m.underBudget;
  if (budget !== undefined && diff !== undefined) {
    parts.push(
      '，年初预算',
      figure(formatAmount(budget, 'document'), threePublicSource('budget', evaluation)),
      unit,
    );
    if (!diff.isZero()) {
      parts.push(
        diff.isPositive() ? '，比预算减少' : '，比预算增加',
        figure(
          formatAmount(diff.abs(), 'document'),
          '|metrics.threePublicExpenses.underBudget| = |预算 − 实际|',
        ),
        unit,
      );
    } else {
      parts.push('，与预算持平');
    }
  }
  parts.push('。');
  const out = [sentence(...parts)];
  if (t.explanation?.trim()) out.push(sentence(t.explanation.trim()));
  return joinSentences(out);
}

export function goalsBlocks(evaluation: Evaluation): ReportBlock[] {
  const goals = evaluation.goals;
  return goals.flatMap((g, i) => {
    const prefix = goals.length > 1 ? `${i + 1}. ` : '';
    const lines = [`${prefix}年度目标：${g.expected.trim()}`];
    if (g.actual?.trim()) lines.push(`实际完成情况：${g.actual.trim()}`);
    return lines.map<ReportBlock>((text) => ({
      type: 'paragraph',
      sentence: sentence(text),
      origin: 'entered',
      section: 'goalsOverview',
    }));
  });
}

export function indicatorSystemSentence(facts: ReportFacts): ReportBlock {
  if (facts.indicators.length === 0) {
    return generated(
      sentence(
        `本次自评依据《${facts.ruleSetName}》，指标体系包括预算执行率（`,
        facts.execution.weight,
        '分）；三级绩效指标尚未填写。',
      ),
      'evaluationPrinciples',
    );
  }
  const used = facts.blocks.filter((b) => b.count > 0);
  const parts: SentencePart[] = [
    `本次自评依据《${facts.ruleSetName}》，指标体系由预算执行率（`,
    facts.execution.weight,
    '分）和',
    figure(String(facts.indicators.length), 'evaluation.indicators.length'),
    '项三级绩效指标（',
    facts.indicatorWeight,
    '分）组成',
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

export function gradeBandsSentence(ruleSet: RuleSet): ReportBlock {
  const bands = bandsHighFirst(ruleSet);
  const parts: SentencePart[] = ['评价结果采取评分和评级相结合的方式，按总分划分为'];
  bands.forEach((b, i) => {
    const upper = bands[i - 1];
    const src = `ruleSet(${ruleSet.id}).grades[${b.key}]`;
    if (i > 0) parts.push('、');
    parts.push(b.label, '（');
    if (!upper) parts.push(figure(b.min, `${src}.min`), '分（含）以上');
    else if (dec(b.min).isZero())
      parts.push(figure(upper.min, `ruleSet(${ruleSet.id}).grades[${upper.key}].min`), '分以下');
    else
      parts.push(
        figure(b.min, `${src}.min`),
        '分（含）至',
        figure(upper.min, `ruleSet(${ruleSet.id}).grades[${upper.key}].min`),
        '分',
      );
    parts.push('）');
  });
  parts.push(`${bands.length === 4 ? '四' : String(bands.length)}个等级。`);
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

export function executionAnalysis(facts: ReportFacts): ReportBlock[] {
  const unit = amountUnitLabel(facts.amountUnit);
  const ex = facts.execution;
  const out: ReportBlock[] = [];
  const total = facts.funds[0];
  const groups = total ? fundsRowParts(total, unit) : [];
  if (ex.ratePercent) groups.push(['预算执行率为', ex.ratePercent]);
  if (groups.length > 0) out.push(generated(sentence(...commaJoin(groups), '。'), 'indicatorAnalysis'));
  if (ex.manualReason) {
    out.push(
      generated(
        sentence('该指标分值', ex.weight, '分，经人工评定得分', ex.score, `分，理由：${ex.manualReason}。`),
        'indicatorAnalysis',
      ),
    );
  } else if (ex.ratePercent) {
    out.push(
      generated(
        sentence(
          `按“得分 = 预算执行率 × 分值，最高不超过分值”计算（执行率以${ex.denominatorLabel}为基数），该指标分值`,
          ex.weight,
          '分，得分',
          ex.score,
          '分。',
        ),
        'indicatorAnalysis',
      ),
    );
  } else {
    out.push(
      generated(
        // Without a total the rule's 0 is no score to report (scoring/scored.ts).
        facts.unscored
          ? sentence(`${ex.denominatorLabel}或全年执行数未填写，无法计算预算执行率。`)
          : sentence(
              `${ex.denominatorLabel}或全年执行数未填写，无法计算预算执行率，该指标得分`,
              ex.score,
              '分。',
            ),
        'indicatorAnalysis',
      ),
    );
  }
  return out;
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
    if (g.block) {
      const parts: SentencePart[] = [
        `${g.block.label}共`,
        figure(String(g.block.count), `result.blocks[${g.block.key}].indicatorCount`),
        '项',
      ];
      if (g.block.weight) parts.push('，分值', g.block.weight, '分');
      parts.push('，得分', g.block.score, '分。');
      blocks.push(generated(sentence(...parts), 'indicatorAnalysis'));
    }
    items.forEach((i, n) => {
      const parts: SentencePart[] = [`${n + 1}. ${i.name}：`];
      const said: SentencePart[][] = [];
      if (i.target) said.push([`年度指标值${i.target}`]);
      if (i.actual) said.push([`实际完成值${i.actual}`]);
      said.push(['分值', i.weight, '分']);
      said.push(['得分', i.score, '分']);
      parts.push(...commaJoin(said), '。');
      if (i.manualReason) parts.push(`该得分为人工评定，理由：${i.manualReason.replace(/[。；;]$/, '')}。`);
      if (i.deviation) parts.push(`偏差原因分析及改进措施：${i.deviation.replace(/[。；;]$/, '')}。`);
      blocks.push(generated(sentence(...parts), 'indicatorAnalysis'));
    });
    return { title: g.title, blocks };
  });
}
