import { COMPARATOR_LABEL, readTarget, type Target } from '@jixiao/domain';

/**
 * The 指标值 cell and the 度量单位 cell of one target. A figure is written with its sign and without its
 * unit ("≥120" | "场"), as the 88号 form has the unit in its own column; the unit's own words ("不少于
 * 120") are kept when they read back to the same sign and figure. 定性 targets are their text.
 */
export function targetCells(target: Target): { text: string; unit: string } {
  const unit = target.unit ?? '';
  if (target.comparator === 'qualitative' || target.value === undefined)
    return { text: target.text ?? '', unit };
  const written = target.text?.trim();
  if (written) {
    const back = readTarget({ text: written, unit });
    if (back?.comparator === target.comparator && back?.value === target.value && back?.unit === target.unit)
      return { text: written, unit };
  }
  const sign = target.comparator ? COMPARATOR_LABEL[target.comparator] : '';
  return { text: `${sign}${target.value}`, unit };
}

/** The canonical texts of a figure: what the writer prints when the unit wrote nothing of its own. */
function canonical(target: Target): string[] {
  if (!target.comparator || target.comparator === 'qualitative' || target.value === undefined) return [];
  const base = `${COMPARATOR_LABEL[target.comparator]}${target.value}`;
  return [base, `${base}${target.unit ?? ''}`];
}

/**
 * A target from its two cells, read by the one reader of official wording (`readTarget`). The text of
 * a figure is kept only when it is the unit's own wording, not the canonical sign and figure.
 */
export function readTargetCells(text: string, unit: string): Target {
  const read = readTarget({ text, unit });
  if (!read) return unit.trim() ? { unit: unit.trim() } : {};
  if (read.comparator === 'qualitative' || read.text === undefined) return read;
  if (!canonical(read).includes(read.text.trim())) return read;
  const { text: _text, ...rest } = read;
  return rest;
}

/**
 * A target written with a sign the reader does not know ("≈120", "~120", "＜＞5"): it would read as 定性
 * text, silently changing what the row measures, so the reader refuses it.
 */
export function unknownComparator(text: string, read: Target): boolean {
  return read.comparator === 'qualitative' && /^[^\p{L}\p{N}\s]+\s*\d/u.test(text.normalize('NFKC').trim());
}
