import type { DeclaredIndicator, TargetDeclaration } from '@jixiao/domain';

/**
 * Pure edits of a declaration held by the page: every change makes a new object, so the page can compare
 * with what was saved (unsaved changes) and the live checks run on the value shown.
 */

export type IndicatorField = 'level1' | 'level2' | 'name' | 'weight' | 'basis' | 'core';
export type TargetField = 'comparator' | 'value' | 'unit' | 'text';

/** What a library entry gives an indicator (the picker's entry, or a typed-in one's fields). */
export interface PickedEntry {
  id: string;
  level1: string;
  level2?: string;
  name: string;
  comparator?: string;
  unit?: string;
  basis?: string;
}

const COMPARATORS = ['>=', '<=', '=', 'qualitative'] as const;
const BASES = ['plan', 'industry', 'history', 'other'] as const;
type Comparator = (typeof COMPARATORS)[number];
type Basis = (typeof BASES)[number];
const comparatorOf = (c: string | undefined): Comparator | undefined => COMPARATORS.find((x) => x === c);
const basisOf = (b: string | undefined): Basis | undefined => BASES.find((x) => x === b);

function withIndicators(
  d: TargetDeclaration,
  change: (rows: DeclaredIndicator[]) => DeclaredIndicator[],
): TargetDeclaration {
  return { ...d, indicators: change([...d.indicators]) };
}

/** A free-typed indicator: no library id, so the checks and the table mark it 自定义. */
export function addBlankIndicator(d: TargetDeclaration, level1: string): TargetDeclaration {
  return withIndicators(d, (rows) => [
    ...rows,
    { level1, name: '', weight: '1', target: { comparator: '>=' }, core: false },
  ]);
}

/** A picked entry fills 一级/二级/三级, the comparator, the unit and the basis; the preparer adds value and weight. */
export function addFromLibrary(d: TargetDeclaration, entry: PickedEntry): TargetDeclaration {
  const comparator = comparatorOf(entry.comparator);
  const basis = basisOf(entry.basis);
  return withIndicators(d, (rows) => [
    ...rows,
    {
      level1: entry.level1,
      ...(entry.level2 ? { level2: entry.level2 } : {}),
      name: entry.name,
      weight: '1',
      target: { ...(comparator ? { comparator } : {}), ...(entry.unit ? { unit: entry.unit } : {}) },
      ...(basis ? { basis } : {}),
      core: false,
      libraryId: entry.id,
    },
  ]);
}

export function removeIndicator(d: TargetDeclaration, index: number): TargetDeclaration {
  return withIndicators(d, (rows) => rows.filter((_, i) => i !== index));
}

/** Sets one field of an indicator; an emptied 二级 or basis is removed rather than kept as "". */
export function setIndicatorField(
  d: TargetDeclaration,
  index: number,
  field: IndicatorField,
  value: string | boolean,
): TargetDeclaration {
  return withIndicators(d, (rows) =>
    rows.map((row, i) => {
      if (i !== index) return row;
      if (field === 'core') return { ...row, core: value === true };
      const text = typeof value === 'string' ? value : '';
      if (field === 'basis') {
        const { basis: _b, ...rest } = row;
        const basis = basisOf(text);
        return basis ? { ...rest, basis } : rest;
      }
      if (field === 'level2' && text === '') {
        const { level2: _l, ...rest } = row;
        return rest;
      }
      return { ...row, [field]: text };
    }),
  );
}

export function setTargetField(
  d: TargetDeclaration,
  index: number,
  field: TargetField,
  value: string,
): TargetDeclaration {
  return withIndicators(d, (rows) =>
    rows.map((row, i) => {
      if (i !== index) return row;
      const { [field]: _old, ...rest } = row.target;
      if (value === '') return { ...row, target: rest };
      if (field === 'comparator') {
        const comparator = comparatorOf(value);
        return { ...row, target: comparator ? { ...rest, comparator } : rest };
      }
      return { ...row, target: { ...rest, [field]: value } };
    }),
  );
}

/** The 年度指标值 as the form prints it: "≥150家", or the qualitative text. */
export function targetText(target: DeclaredIndicator['target']): string {
  if (target.comparator === 'qualitative') return target.text ?? '';
  const sign = { '>=': '≥', '<=': '≤', '=': '=' }[target.comparator ?? '='] ?? '';
  return `${target.comparator ? sign : ''}${target.value ?? ''}${target.unit ?? ''}`;
}
