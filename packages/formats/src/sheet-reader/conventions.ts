import { baseLabel, normaliseLabel } from './labels';

/**
 * What a 自评表 may hold beyond the bare official cells, and the reader understands: a marker row for an
 * indicator table that is empty on purpose (部门整体 only), a labelled line for 改进措施 in the 偏差原因
 * cell, and — written by jixiao before the data sheet (sheet-data.ts) took them off the form — labelled
 * lines for the reason of a score set by hand. Other people's sheets may use the same words; they read
 * the same.
 */

/** The one row of an indicator table that is empty on purpose (部门整体 reports without an indicator table). */
export const NO_INDICATORS_MARKER = '（本次自评未填报绩效指标）';

const MARKER_BASE = baseLabel(NO_INDICATORS_MARKER.slice(1, -1));

/** True for the marker, written with or without its brackets and spaces. */
export function isNoIndicatorsMarker(text: string): boolean {
  // Asked of every cell of every indicator row: normalising only removes characters or swaps brackets and
  // colons, so a text shorter than the marker, or without its first character, is not it.
  if (text.length < MARKER_BASE.length || !text.includes(MARKER_BASE.charAt(0))) return false;
  const t = normaliseLabel(text).replace(/^\((.*)\)$/, '$1');
  return t === MARKER_BASE;
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

/**
 * The 偏差原因分析及改进措施 cell as written: the reason, then 改进措施 on a line of its own. Nothing else:
 * a reviewer reads this column as the unit's analysis, so scoring notes stay off it.
 */
export function writeNotes(notes: Pick<NotesCell, 'deviationReason' | 'improvementMeasure'>): string {
  return [
    notes.deviationReason?.trim(),
    notes.improvementMeasure?.trim() && `${IMPROVEMENT_PREFIX}${notes.improvementMeasure.trim()}`,
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
