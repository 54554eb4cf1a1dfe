import type { Evaluation, RuleSet, ScoreResult } from '@jixiao/domain';
import { KIND_MESSAGE, type Translate } from './i18n';

/**
 * What a reader must know before trusting a total: the rule set was made for the other kind of
 * evaluation. (An evaluation with nothing to score says 未评分 in the total line itself.) Shown with the score, not as findings (nothing is wrong
 * in the document itself).
 */
export function scoreNotes(
  evaluation: Evaluation,
  ruleSet: RuleSet,
  result: ScoreResult,
  t: Translate,
): string[] {
  const notes: string[] = [];
  if (!ruleSet.kinds.includes(evaluation.kind)) {
    notes.push(
      t('score.note.kindMismatch', {
        ruleSet: ruleSet.id,
        kinds: ruleSet.kinds.map((k) => t(KIND_MESSAGE[k])).join(' / '),
        kind: t(KIND_MESSAGE[evaluation.kind]),
      }),
    );
  }
  return notes;
}
