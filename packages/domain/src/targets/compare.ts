import type { Finding } from '../checks/finding';
import { finding } from '../checks/support/finding';
import type { Evaluation, Indicator, Target } from '../model/evaluation';
import { type DeclaredIndicator, type TargetDeclaration, targetInForce } from '../model/target-declaration';
import { dec } from '../money/decimal';
import { renderTarget } from '../wording/target';

const CHANGED = { code: 'target.changed-in-evaluation', severity: 'warning' } as const;

const sameFigure = (a: string | undefined, b: string | undefined) =>
  a === undefined || b === undefined ? a === b : dec(a).eq(dec(b));
const trimmed = (s: string | undefined) => s?.trim() ?? '';

/** Two targets say the same: sign, figure (by value: "50" = "50.0") and unit; for 定性, the text. */
export function sameTarget(a: Target | undefined, b: Target | undefined): boolean {
  if (!a || !b) return !a && !b;
  if (a.comparator !== b.comparator || trimmed(a.unit) !== trimmed(b.unit)) return false;
  if (a.comparator === 'qualitative') return trimmed(a.text) === trimmed(b.text);
  return sameFigure(a.value, b.value);
}

/**
 * The evaluation row for each declared indicator: by id when the declaration gives one, else the row at
 * the same place if it has the same name, else the first unused row with that 一级 and name.
 */
function matchRows(evaluation: Evaluation, declared: readonly DeclaredIndicator[]): (number | undefined)[] {
  const used = new Set<number>();
  const take = (j: number) => {
    if (j < 0 || used.has(j)) return undefined;
    used.add(j);
    return j;
  };
  const rows = evaluation.indicators;
  return declared.map((d, i) => {
    if (d.id !== undefined) return take(rows.findIndex((r) => r.id === d.id));
    if (rows[i]?.name.trim() === d.name.trim() && !used.has(i)) return take(i);
    return take(
      rows.findIndex((r, j) => !used.has(j) && r.name.trim() === d.name.trim() && r.level1 === d.level1),
    );
  });
}

const showTarget = (t: Target | undefined) => (t ? (renderTarget(t) ?? '') : '') || '—';

function rowLabel(j: number, row: Pick<Indicator, 'name'>, field: string): string {
  return `绩效指标第 ${j + 1} 行（${row.name}）「${field}」`;
}

/**
 * What the self-evaluation changed of the approved targets (目标在自评中被改动): for each declared
 * indicator the row that carries it, its 分值 and its 年度指标值 against the target in force. One
 * warning per changed row (weight and target together), one per declared indicator the evaluation
 * dropped and one per row it added — so a reviewer sees every departure from what was approved.
 */
export function compareWithDeclaration(evaluation: Evaluation, declaration: TargetDeclaration): Finding[] {
  const out: Finding[] = [];
  const matched = matchRows(evaluation, declaration.indicators);
  declaration.indicators.forEach((d, i) => {
    const j = matched[i];
    const target = targetInForce(d);
    if (j === undefined) {
      out.push(
        finding(CHANGED, {
          location: { path: 'indicators', label: `绩效指标「${d.name}」` },
          expected: d.name,
          message: {
            zh: `申报表第 ${i + 1} 个指标「${d.name}」（${showTarget(target)}，${d.weight} 分）不在自评表中`,
            en: `Declared indicator ${i + 1} "${d.name}" (${showTarget(target)}, ${d.weight} points) is missing from the evaluation`,
          },
        }),
      );
      return;
    }
    const row = evaluation.indicators[j];
    if (!row) return;
    const weightChanged = !dec(row.weight).eq(dec(d.weight));
    const targetChanged = !sameTarget(row.target, target);
    if (!weightChanged && !targetChanged) return;
    const zh: string[] = [];
    const en: string[] = [];
    if (targetChanged) {
      zh.push(`年度指标值由 ${showTarget(target)} 改为 ${showTarget(row.target)}`);
      en.push(`target changed from ${showTarget(target)} to ${showTarget(row.target)}`);
    }
    if (weightChanged) {
      zh.push(`分值由 ${d.weight} 改为 ${row.weight}`);
      en.push(`weight changed from ${d.weight} to ${row.weight}`);
    }
    out.push(
      finding(CHANGED, {
        location: {
          path: `indicators[${j}].${targetChanged ? 'target' : 'weight'}`,
          label: rowLabel(j, row, targetChanged ? '年度指标值' : '分值'),
        },
        expected: targetChanged ? showTarget(target) : d.weight,
        actual: targetChanged ? showTarget(row.target) : row.weight,
        numbers: { declaredWeight: d.weight, evaluationWeight: row.weight },
        message: {
          zh: `「${row.name}」与批准的绩效目标不一致：${zh.join('；')}`,
          en: `"${row.name}" departs from the approved targets: ${en.join('; ')}`,
        },
      }),
    );
  });
  const carried = new Set(matched.filter((j): j is number => j !== undefined));
  evaluation.indicators.forEach((row, j) => {
    if (carried.has(j)) return;
    out.push(
      finding(CHANGED, {
        location: { path: `indicators[${j}]`, label: rowLabel(j, row, '三级指标') },
        actual: row.name,
        message: {
          zh: `「${row.name}」不在批准的绩效目标申报表中，是自评时新增的指标`,
          en: `"${row.name}" is not in the approved target declaration; it was added in the evaluation`,
        },
      }),
    );
  });
  return out;
}
