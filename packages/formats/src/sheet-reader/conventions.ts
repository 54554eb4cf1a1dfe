import { baseLabel, normaliseLabel } from './labels';

/**
 * What jixiao writes into a 自评表 beyond the bare official cells, and reads back, so that the sheet
 * carries everything the score depends on (the round trip evaluation → .xlsx → evaluation):
 * a marker row for an indicator table that is empty on purpose, labelled lines for 改进措施 and for the
 * reason of an indicator score set by hand, and a funds-block row for the reason of an execution-rate
 * score set by hand. Other people's sheets may use the same words; they read the same.
 */

/** The one row of an indicator table that is empty on purpose (部门整体 reports without an indicator table). */
export const NO_INDICATORS_MARKER = '（本次自评未填报绩效指标）';

/** True for the marker, written with or without its brackets and spaces. */
export function isNoIndicatorsMarker(text: string): boolean {
  const t = normaliseLabel(text).replace(/^\((.*)\)$/, '$1');
  return t === baseLabel(NO_INDICATORS_MARKER.slice(1, -1));
}

/** Line prefixes inside the 偏差原因分析及改进措施 cell. */
export const IMPROVEMENT_PREFIX = '改进措施：';
export const MANUAL_SCORE_PREFIX = '人工评定理由：';

/** Row label in the funds block for the reason of an execution-rate score set by hand. */
export const EXECUTION_MANUAL_LABEL = '执行率得分人工评定理由';

export interface NotesCell {
  deviationReason?: string;
  improvementMeasure?: string;
  manualReason?: string;
}

/** The 偏差原因分析及改进措施 cell as written: the reason, then each labelled line on a line of its own. */
export function writeNotes(notes: NotesCell): string {
  return [
    notes.deviationReason?.trim(),
    notes.improvementMeasure?.trim() && `${IMPROVEMENT_PREFIX}${notes.improvementMeasure.trim()}`,
    notes.manualReason?.trim() && `${MANUAL_SCORE_PREFIX}${notes.manualReason.trim()}`,
  ]
    .filter((t): t is string => Boolean(t))
    .join('\n');
}

/** The cell split back: lines starting with a known label go to their field, the rest is the reason. */
export function readNotes(text: string): NotesCell {
  const reason: string[] = [];
  const out: NotesCell = {};
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    // "改进措施：…" or "改进措施:…" — the label, either colon, then the text.
    const after = (prefix: string) => {
      const label = prefix.slice(0, -1);
      return t.startsWith(label) && /^[:：]/.test(t.slice(label.length))
        ? t.slice(label.length + 1).trim()
        : undefined;
    };
    const measure = after(IMPROVEMENT_PREFIX);
    const manual = after(MANUAL_SCORE_PREFIX);
    if (measure) out.improvementMeasure = measure;
    else if (manual) out.manualReason = manual;
    else if (t) reason.push(t);
  }
  if (reason.length > 0) out.deviationReason = reason.join('\n');
  return out;
}
