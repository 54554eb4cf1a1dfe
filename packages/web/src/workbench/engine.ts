import {
  type EvaluationOutcome,
  evaluate,
  type Finding,
  isJixiaoError,
  type Localized,
  type RuleSet,
  type ScoredIndicator,
} from '@jixiao/domain';
import { parsePath } from '../lib/json-path';
import { type BuiltEvaluation, buildEvaluation, type Draft } from './draft';
import { ruleSetById } from './rule-sets';

/**
 * Live scoring in the browser with the same domain code the server runs (`evaluate`): the draft is
 * made into an evaluation (skipping what is not valid yet), scored and checked; findings and indicator
 * scores are then mapped back to the draft's rows so they can point at the right cells.
 */
export interface LiveScore {
  built: BuiltEvaluation;
  ruleSet?: RuleSet;
  outcome?: EvaluationOutcome;
  /** Findings with paths in draft-row terms ("indicators[<draft row>]…"). */
  findings: Finding[];
  /** Scored indicator by draft row index. */
  byRow: Map<number, ScoredIndicator>;
  /** Why nothing could be scored (unknown rule set…), in Chinese from the engine. */
  /** Why scoring stopped, in both languages (a rule set or evaluation the engine refused). */
  failure?: Localized;
}

/** Rewrites "indicators[i]…" (index into the scored evaluation) to the draft row it came from. */
export function toDraftPath(path: string, rowOfIndicator: readonly number[]): string {
  return path.replace(/^indicators\[(\d+)\]/, (whole, i: string) => {
    const row = rowOfIndicator[Number(i)];
    return row === undefined ? whole : `indicators[${row}]`;
  });
}

export function liveScore(draft: Draft): LiveScore {
  const built = buildEvaluation(draft);
  const byRow = new Map<number, ScoredIndicator>();
  if (!built.evaluation) return { built, findings: [], byRow };
  let ruleSet: RuleSet;
  try {
    ruleSet = ruleSetById(built.evaluation.ruleSet);
  } catch (e) {
    return { built, findings: [], byRow, failure: failureOf(e) };
  }
  try {
    const outcome = evaluate(built.evaluation, ruleSet);
    for (const ind of outcome.result.indicators) {
      const row = built.rowOfIndicator[ind.index];
      if (row !== undefined) byRow.set(row, ind);
    }
    const findings = outcome.findings.map((f) => ({
      ...f,
      location: { ...f.location, path: toDraftPath(f.location.path, built.rowOfIndicator) },
    }));
    return { built, ruleSet, outcome, findings, byRow };
  } catch (e) {
    return { built, ruleSet, findings: [], byRow, failure: failureOf(e) };
  }
}

/** The draft row a path points into, if any ("indicators[4].target.value" → 4). */
export function rowOfPath(path: string): number | undefined {
  const segs = parsePath(path);
  return segs[0] === 'indicators' && typeof segs[1] === 'number' ? segs[1] : undefined;
}

function failureOf(e: unknown): Localized {
  if (isJixiaoError(e)) return e.localized;
  const text = String(e);
  return { zh: text, en: text };
}
