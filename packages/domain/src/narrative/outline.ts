import type { Finding } from '../checks/finding';
import { domainMessage, type Message } from '../messages';
import { type Evaluation, NARRATIVE_SECTION_LABEL, type NarrativeSection } from '../model/evaluation';
import type { RuleSet } from '../rules/rule-set';
import type { ScoreResult } from '../scoring/result';
import { annexBlocks } from './annex';
import type { ReportBlock, ReportDocument } from './document';
import { buildReportFacts, type ReportFacts } from './facts';
import { chineseNumeral } from './format';
import {
  conclusionBlocks,
  executionAnalysis,
  fundsParagraphs,
  goalsBlocks,
  gradeBandsSentence,
  indicatorAnalysis,
  indicatorSystemSentence,
  openingSentence,
  staffSentence,
} from './generated';
import { enteredParagraphs } from './paragraphs';

export interface ReportOptions {
  /** Force the draft mark even when the report is complete. */
  draft?: boolean;
  /** Leave out the 自评表 annex. */
  withoutAnnex?: boolean;
}

/** A section of the outline before numbering; kept only if it or a child has content. */
interface Section {
  title: string;
  blocks: ReportBlock[];
  children?: Section[];
  /** The unit must write this one; empty means the report is a draft. */
  required?: NarrativeSection;
}

export function reportTitle(evaluation: Evaluation): string {
  const year = `${evaluation.fiscalYear}年度`;
  if (evaluation.kind === 'project') {
    const project = evaluation.project?.name ?? '';
    return `${project}${year}项目支出绩效自评报告`;
  }
  return `${evaluation.unit.name}${year}部门整体支出绩效自评报告`;
}

/** Required narrative sections: without them a report cannot be final. */
export function requiredSections(kind: Evaluation['kind']): NarrativeSection[] {
  return [kind === 'project' ? 'projectOverview' : 'organisation', 'problems', 'suggestions'];
}

function narrative(evaluation: Evaluation, key: NarrativeSection): ReportBlock[] {
  return enteredParagraphs(evaluation.narrative[key], key);
}

function outline(evaluation: Evaluation, facts: ReportFacts, ruleSet: RuleSet): Section[] {
  const isProject = evaluation.kind === 'project';
  const required = new Set(requiredSections(evaluation.kind));
  const need = (key: NarrativeSection): NarrativeSection | undefined => (required.has(key) ? key : undefined);
  const entered = (key: NarrativeSection, title = NARRATIVE_SECTION_LABEL[key]): Section => {
    const s: Section = { title, blocks: narrative(evaluation, key) };
    const r = need(key);
    if (r) s.required = r;
    return s;
  };
  const staff = staffSentence(evaluation);
  const organisation = entered(
    'organisation',
    isProject ? '单位基本情况' : NARRATIVE_SECTION_LABEL.organisation,
  );
  if (staff) organisation.blocks.push(staff);

  const basics: Section[] = [organisation];
  if (isProject) basics.push(entered('projectOverview'));
  basics.push({
    title: NARRATIVE_SECTION_LABEL.budgetOverview,
    blocks: [...fundsParagraphs(evaluation, facts), ...narrative(evaluation, 'budgetOverview')],
  });

  return [
    { title: '基本情况', blocks: [], children: basics },
    { title: '绩效目标', blocks: [...goalsBlocks(evaluation), ...narrative(evaluation, 'goalsOverview')] },
    {
      title: '绩效评价工作开展情况',
      blocks: [],
      children: [
        entered('evaluationPurpose'),
        {
          title: NARRATIVE_SECTION_LABEL.evaluationPrinciples,
          blocks: [...narrative(evaluation, 'evaluationPrinciples'), indicatorSystemSentence(facts)],
        },
        {
          title: NARRATIVE_SECTION_LABEL.evaluationMethod,
          blocks: [...narrative(evaluation, 'evaluationMethod'), gradeBandsSentence(ruleSet)],
        },
        entered('evaluationProcess'),
      ],
    },
    {
      title: NARRATIVE_SECTION_LABEL.conclusion,
      blocks: [...conclusionBlocks(evaluation, facts), ...narrative(evaluation, 'conclusion')],
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
    entered('problems'),
    entered('suggestions'),
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

/** Flattens the kept sections into numbered headings and their blocks; empty required ones get a to-do mark. */
function flatten(sections: Section[], level: 1 | 2 | 3 | 4, missing: string[]): ReportBlock[] {
  const out: ReportBlock[] = [];
  let n = 0;
  for (const s of sections) {
    const empty = !hasContent(s);
    if (empty && !s.required) continue;
    out.push({ type: 'heading', level, number: NUMBERING[level](++n), text: s.title });
    if (empty && s.required) {
      missing.push(NARRATIVE_SECTION_LABEL[s.required]);
      out.push({
        type: 'todo',
        text: `【待补充】本节「${NARRATIVE_SECTION_LABEL[s.required]}」尚未填写，请补充后再定稿。`,
        section: s.required,
      });
      continue;
    }
    out.push(...s.blocks);
    if (s.children && level < 4) out.push(...flatten(s.children, (level + 1) as 2 | 3 | 4, missing));
  }
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
    ...flatten(outline(evaluation, facts, ruleSet), 1, missing),
  ];
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
    kind: evaluation.kind,
    draft: draftReasons.length > 0,
    draftReasons,
    blocks,
  };
}
