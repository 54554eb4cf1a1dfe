import type { Finding } from '../checks/finding';
import { formatDocumentDate } from '../format/date';
import { domainMessage, type Message } from '../messages';
import { type Evaluation, NARRATIVE_SECTION_LABEL, type NarrativeSection } from '../model/evaluation';
import { dec } from '../money/decimal';
import type { ResultEntry } from '../results/apply';
import type { RuleSet } from '../rules/rule-set';
import type { ScoreResult } from '../scoring/result';
import { halfWidthCharacters } from '../wording/characters';
import { findNumbers } from '../wording/numbers';
import { executionAnalysis, indicatorAnalysis } from './analysis';
import { annexBlocks, sheetTitle } from './annex';
import type { ReportBlock, ReportDocument } from './document';
import { buildReportFacts, type ReportFacts } from './facts';
import { chineseNumeral } from './format';
import { fundsParagraphs, staffSentence } from './funds';
import {
  conclusionBlocks,
  goalsBlocks,
  gradeBandsSentence,
  indicatorSystemSentence,
  openingSentence,
} from './generated';
import { enteredParagraphs } from './paragraphs';
import { type PriorRectification, priorRectificationBlocks } from './rectification';
import { resultApplicationBlocks } from './result-application';
import { statesFigure } from './stated';

export interface ReportOptions {
  /** Force the draft mark even when the report is complete. */
  draft?: boolean;
  /** Leave out the 自评表 annex. */
  withoutAnnex?: boolean;
  /**
   * The day the document is produced ("2026-12-01"), given by the caller (the domain reads no clock):
   * the 成文日期 when the evaluation records no report date of its own (meta.reportDate wins).
   */
  /**
   * This evaluation's entry of the finance bureau's 结果应用 list, when there is one: the 结果应用情况 section
   * then opens with the suggestion and amount in force; without it the section is the unit's text alone.
   */
  resultApplication?: ResultEntry;
  issuedOn?: string;
  /**
   * Last year's rectification items of the unit (整改台账), given by the caller: rendered in the section
   * 存在的问题 after the unit's own text (narrative/rectification.ts).
   */
  priorRectification?: PriorRectification;
}

/** A section of the outline before numbering; kept only if it or a child has content. */
interface Section {
  title: string;
  blocks: ReportBlock[];
  children?: Section[];
  /** A section the unit must write and has not: the report is a draft and the section is marked. */
  missing?: NarrativeSection;
}

/** The title in its words: unit, year, project, kind of report (a writer breaks lines between them). */
export function reportTitleParts(evaluation: Evaluation): string[] {
  const year = `${evaluation.fiscalYear}年度`;
  if (evaluation.kind === 'project') {
    const project = (evaluation.project?.name ?? '').replace(/项目$/, '');
    return [evaluation.unit.name, year, project, '项目支出绩效自评报告'].filter((p) => p !== '');
  }
  return [evaluation.unit.name, year, '部门整体支出绩效自评报告'];
}

export function reportTitle(evaluation: Evaluation): string {
  return reportTitleParts(evaluation).join('');
}

/** Required narrative sections: without them a report cannot be final. */
export function requiredSections(kind: Evaluation['kind']): NarrativeSection[] {
  return [kind === 'project' ? 'projectOverview' : 'organisation', 'problems', 'suggestions'];
}

function narrative(evaluation: Evaluation, key: NarrativeSection): ReportBlock[] {
  return enteredParagraphs(evaluation.narrative[key], key);
}

function written(evaluation: Evaluation, key: NarrativeSection): boolean {
  return (evaluation.narrative[key] ?? '').trim() !== '';
}

/** The unit's sentences of the conclusion, less those that only repeat the total and grade stated above. */
function conclusionNarrative(evaluation: Evaluation, facts: ReportFacts): ReportBlock[] {
  const text = evaluation.narrative.conclusion;
  const { totalScore, grade } = facts;
  // Unscored (no total, no grade): nothing above for the unit's sentences to repeat.
  if (!text || facts.indicators.length === 0 || !totalScore || !grade)
    return narrative(evaluation, 'conclusion');
  const sentences = text.match(/[^。！？\n]+[。！？]?\n?/g) ?? [];
  const scores = [
    facts.execution.score,
    ...facts.indicators.map((i) => i.score),
    ...facts.blocks.map((b) => b.score),
  ];
  const onlyScores = (s: string) =>
    findNumbers(halfWidthCharacters(s)).every((n) => scores.some((f) => dec(f.value).eq(n.value)));
  let dropped = false;
  const kept = sentences.filter((s) => {
    const restates = statesFigure([s], totalScore.value) && s.includes(grade.value);
    // "其中：预算执行10分，项目产出50.45分……" after a dropped total only lists the scores of table 1.
    const breakdown = dropped && /^\s*其中/.test(s) && onlyScores(s);
    dropped = restates || breakdown;
    return !dropped;
  });
  return enteredParagraphs(kept.join('').trim(), 'conclusion');
}

function outline(
  evaluation: Evaluation,
  facts: ReportFacts,
  ruleSet: RuleSet,
  options: ReportOptions = {},
): Section[] {
  const prior = options.priorRectification;
  const isProject = evaluation.kind === 'project';
  const required = new Set(requiredSections(evaluation.kind));
  const section = (title: string, key: NarrativeSection, blocks: ReportBlock[] = []): Section => {
    const s: Section = { title, blocks: [...narrative(evaluation, key), ...blocks] };
    if (required.has(key) && !written(evaluation, key)) s.missing = key;
    return s;
  };
  const entered = (key: NarrativeSection) => section(NARRATIVE_SECTION_LABEL[key], key);
  const basicsText = [
    evaluation.narrative.organisation,
    evaluation.narrative.projectOverview,
    evaluation.narrative.budgetOverview,
  ].flatMap((t) => (t ? [t] : []));
  const staff = staffSentence(evaluation, basicsText);
  const organisation = section(
    isProject ? '单位基本情况' : NARRATIVE_SECTION_LABEL.organisation,
    'organisation',
    staff ? [staff] : [],
  );
  const funds = fundsParagraphs(evaluation, facts, basicsText, narrative(evaluation, 'budgetOverview'));
  const goals = [...goalsBlocks(evaluation), ...narrative(evaluation, 'goalsOverview')];
  const basics: Section[] = isProject
    ? [
        organisation,
        section(NARRATIVE_SECTION_LABEL.projectOverview, 'projectOverview', funds),
        { title: '项目绩效目标', blocks: goals },
      ]
    : [
        organisation,
        { title: NARRATIVE_SECTION_LABEL.budgetOverview, blocks: funds },
        { title: '部门整体支出绩效目标', blocks: goals },
      ];
  const system = indicatorSystemSentence(facts);
  const principles = [...narrative(evaluation, 'evaluationPrinciples'), ...(system ? [system] : [])];
  const methods = [
    ...narrative(evaluation, 'evaluationMethod'),
    ...(facts.indicators.length > 0 ? [gradeBandsSentence(ruleSet)] : []),
  ];
  // §1.9 names principles, indicators, methods and standards in one heading; it is kept as two, as
  // the 部门整体 outline has it, because one heading that long wraps over two lines.
  const work: Section[] = [
    entered('evaluationPurpose'),
    { title: NARRATIVE_SECTION_LABEL.evaluationPrinciples, blocks: principles },
    { title: NARRATIVE_SECTION_LABEL.evaluationMethod, blocks: methods },
    entered('evaluationProcess'),
  ];

  return [
    { title: '基本情况', blocks: [], children: basics },
    { title: '绩效评价工作开展情况', blocks: [], children: work },
    entered('performance'),
    {
      title: NARRATIVE_SECTION_LABEL.conclusion,
      blocks: [...conclusionBlocks(evaluation, facts), ...conclusionNarrative(evaluation, facts)],
    },
    {
      title: NARRATIVE_SECTION_LABEL.indicatorAnalysis,
      blocks: narrative(evaluation, 'indicatorAnalysis'),
      children: [
        { title: '预算执行情况', blocks: executionAnalysis(facts) },
        ...indicatorAnalysis(facts).map((g) => ({ title: g.title, blocks: g.blocks })),
      ],
    },
    entered('experience'),
    section(NARRATIVE_SECTION_LABEL.problems, 'problems', priorRectificationBlocks(prior)),
    entered('suggestions'),
    {
      title: NARRATIVE_SECTION_LABEL.resultApplication,
      blocks: [
        ...resultApplicationBlocks(options.resultApplication),
        ...narrative(evaluation, 'resultApplication'),
      ],
    },
    entered('other'),
  ];
}

function hasContent(s: Section): boolean {
  return s.blocks.length > 0 || (s.children ?? []).some(hasContent);
}

const NUMBERING: Record<1 | 2 | 3 | 4, (n: number) => string> = {
  1: (n) => `${chineseNumeral(n)}、`,
  2: (n) => `（${chineseNumeral(n)}）`,
  3: (n) => `${n}. `,
  4: (n) => `（${n}）`,
};

/**
 * Flattens the kept sections into numbered headings and their blocks. A required section the unit has
 * not written keeps its heading and gets the to-do mark (the report is then a draft).
 */
function flatten(sections: Section[], level: 1 | 2 | 3 | 4, missing: string[]): ReportBlock[] {
  const out: ReportBlock[] = [];
  let n = 0;
  for (const s of sections) {
    if (!hasContent(s) && !s.missing) continue;
    out.push({ type: 'heading', level, number: NUMBERING[level](++n), text: s.title });
    if (s.missing) {
      const label = NARRATIVE_SECTION_LABEL[s.missing];
      missing.push(label);
      out.push({
        type: 'todo',
        text: `【待补充】本节「${label}」尚未填写，请补充后再定稿。`,
        section: s.missing,
      });
    }
    out.push(...s.blocks);
    if (s.children && level < 4) out.push(...flatten(s.children, (level + 1) as 2 | 3 | 4, missing));
  }
  return out;
}

/**
 * The end of the body (GB/T 9704-2012 §7.3.4–7.3.5): 附件说明 when the 自评表 is attached, then the
 * unit's name as 署名 and the report date as 成文日期: the data's own, else the day it is produced.
 */
export function closingBlocks(evaluation: Evaluation, withAnnex: boolean, issuedOn?: string): ReportBlock[] {
  const out: ReportBlock[] = [];
  if (withAnnex) out.push({ type: 'attachmentNote', label: '附件', items: [sheetTitle(evaluation)] });
  const signer =
    evaluation.kind === 'project'
      ? (evaluation.project?.implementingUnit ?? evaluation.unit.name)
      : evaluation.unit.name;
  const date = formatDocumentDate(evaluation.meta.reportDate) ?? formatDocumentDate(issuedOn);
  out.push(date ? { type: 'signature', signer, date } : { type: 'signature', signer });
  return out;
}

/**
 * The 绩效自评报告 for an evaluation, from the engine's result: the standard outline (domain-rules
 * §1.9 / §2.5), data-written sentences with their sources, the unit's narrative as entered, and the
 * 自评表 as annex. A report is a draft when asked, when a required section is empty, when the score
 * lacks data (no budget or execution, no indicators, an indicator the engine could not score), or when
 * the checks found errors — a draft is marked, a final report never shows a to-do mark.
 */
export function buildReport(
  evaluation: Evaluation,
  result: ScoreResult,
  ruleSet: RuleSet,
  findings: readonly Finding[] = [],
  options: ReportOptions = {},
): ReportDocument {
  const facts = buildReportFacts(evaluation, result, ruleSet);
  const missing: string[] = [];
  const blocks: ReportBlock[] = [
    openingSentence(evaluation, facts),
    ...flatten(outline(evaluation, facts, ruleSet, options), 1, missing),
  ];
  blocks.push(...closingBlocks(evaluation, !options.withoutAnnex, options.issuedOn));
  if (!options.withoutAnnex) blocks.push(...annexBlocks(evaluation, facts));

  const draftReasons: Message[] = [];
  if (options.draft) draftReasons.push(domainMessage('draft.requested'));
  for (const section of missing) draftReasons.push(domainMessage('draft.sectionMissing', { section }));
  if (result.execution.basis === 'missing') draftReasons.push(domainMessage('draft.executionMissing'));
  if (result.indicators.length === 0) draftReasons.push(domainMessage('draft.noIndicators'));
  const unscored = result.indicators.filter((i) => i.basis === 'missing').length;
  if (unscored > 0) draftReasons.push(domainMessage('draft.unscored', { count: unscored }));
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) draftReasons.push(domainMessage('draft.errors', { count: errors }));
  return {
    title: reportTitle(evaluation),
    titleParts: reportTitleParts(evaluation),
    kind: evaluation.kind,
    draft: draftReasons.length > 0,
    draftReasons,
    blocks,
  };
}
