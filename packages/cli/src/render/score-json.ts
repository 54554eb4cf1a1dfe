import {
  dec,
  type Evaluation,
  type Finding,
  type Lang,
  locationLabel,
  ruleSetText,
  statedScoreMessage,
  unscoredMessage,
} from '@jixiao/domain';
import { scoreNotes } from '../notes';
import { percentText, plain, scoreText } from './format';
import type { ScoreRenderInput } from './score-text';

/**
 * The JSON the CLI prints: decimals as strings, sentences in the chosen language. Stable field names;
 * scripts rely on them (documented in the README).
 */

export interface FindingJson {
  code: string;
  severity: Finding['severity'];
  message: string;
  location: Finding['location'];
  expected?: string;
  actual?: string;
  numbers?: Record<string, string>;
}

export function findingJson(finding: Finding, lang: Lang): FindingJson {
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message[lang],
    location: { ...finding.location, label: locationLabel(finding.location)[lang] },
    ...(finding.expected === undefined ? {} : { expected: finding.expected }),
    ...(finding.actual === undefined ? {} : { actual: finding.actual }),
    ...(finding.numbers === undefined ? {} : { numbers: finding.numbers }),
  };
}

export function scoreJson(input: ScoreRenderInput) {
  const { file, evaluation, ruleSet, result, findings, lang, t } = input;
  const { execution } = result;
  const words = ruleSetText(ruleSet, lang);
  return {
    file,
    unit: evaluation.unit.name,
    ...(evaluation.project ? { project: evaluation.project.name } : {}),
    fiscalYear: evaluation.fiscalYear,
    kind: evaluation.kind,
    amountUnit: evaluation.amountUnit,
    ruleSet: { ...result.ruleSet, name: words.name },
    // Without a total (scoring/scored.ts) total and grade are null, with the reason; never a 0 graded 差.
    scored: result.scored,
    ...(result.unscoredReason
      ? { unscoredReason: result.unscoredReason, unscored: unscoredMessage(result.unscoredReason).text[lang] }
      : {}),
    totalScore: result.scored ? scoreText(result.totalScore, ruleSet) : null,
    totalWeight: plain(dec(ruleSet.totalWeight)),
    grade: result.grade ? words.label(result.grade.label) : null,
    gradeKey: result.grade?.key ?? null,
    ...statedJson(evaluation, lang),
    executionRate: execution.ratePercent === undefined ? null : percentText(execution.ratePercent, ruleSet),
    executionScore: scoreText(execution.score, ruleSet),
    execution: {
      weight: plain(execution.weight),
      denominator: execution.denominatorField,
      budget: execution.budget === undefined ? null : plain(execution.budget),
      executed: execution.executed === undefined ? null : plain(execution.executed),
      ratePercent: execution.ratePercent === undefined ? null : percentText(execution.ratePercent, ruleSet),
      score: scoreText(execution.score, ruleSet),
      basis: execution.basis,
      explanation: execution.explanation[lang],
    },
    indicatorScore: scoreText(result.indicatorScore, ruleSet),
    indicatorWeight: plain(result.indicatorWeight),
    blocks: result.blocks.map((b) => ({
      key: b.key,
      label: words.label(b.label),
      weight: b.weight === undefined ? null : plain(b.weight),
      indicatorWeight: plain(b.indicatorWeight),
      score: scoreText(b.score, ruleSet),
      indicatorCount: b.indicatorCount,
    })),
    indicators: result.indicators.map((i) => ({
      index: i.index,
      level1: i.level1,
      ...(i.level2 === undefined ? {} : { level2: i.level2 }),
      name: i.name,
      block: i.block,
      weight: plain(i.weight),
      score: scoreText(i.score, ruleSet),
      basis: i.basis,
      outcome: i.outcome,
      explanation: i.explanation[lang],
    })),
    explanation: result.explanation[lang],
    notes: scoreNotes(evaluation, ruleSet, t),
    findings: findings.map((f) => findingJson(f, lang)),
  };
}

/** The score the document states about itself, as it states it, apart from the computed one. */
function statedJson(evaluation: Evaluation, lang: Lang) {
  const message = statedScoreMessage(evaluation.stated);
  if (!message) return {};
  const { totalScore, grade } = evaluation.stated;
  return {
    stated: { ...(totalScore ? { totalScore } : {}), ...(grade ? { grade } : {}), text: message.text[lang] },
  };
}
