import type { Evaluation, RuleSet } from '@jixiao/domain';
import { KIND_MESSAGE, type Translate } from './i18n';

/**
 * What a reader must know before trusting a total: the rule set was made for the other kind of
 * evaluation. Shown with the score, not as findings (nothing is wrong in the document itself). An
 * evaluation with nothing to score says 未评分 and why in the total line itself.
 */
export function scoreNotes(evaluation: Evaluation, ruleSet: RuleSet, t: Translate): string[] {
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
