import { type Decimal, dec } from '../money/decimal';
import type { GradeBand, GradeKey, RuleSet } from '../rules/rule-set';
import type { GradeResult } from './result';
import { ruleSetMemo } from './rule-set-memo';

/** Bands from the highest lower bound down; a total belongs to the first band whose min it reaches. */
export function bandsHighFirst(ruleSet: RuleSet): GradeBand[] {
  return [...ruleSet.grades].sort((a, b) => dec(b.min).comparedTo(dec(a.min)));
}

/** The rule set's bands in words, highest first: "优 ≥90、良 80–90、中 60–80、差 <60". */
export function gradeBandsText(ruleSet: RuleSet): string {
  const bands = bandsHighFirst(ruleSet);
  return bands
    .map((b, i) => {
      const upper = bands[i - 1];
      if (!upper) return `${b.label} ≥${b.min}`;
      return dec(b.min).isZero() ? `${b.label} <${upper.min}` : `${b.label} ${b.min}–${upper.min}`;
    })
    .join('、');
}

/**
 * The grade of a total: half-open bands [min, next min) on the exact total (a sum of rounded parts, so
 * no further rounding happens before banding: 89.995 is 良 under [80, 90)).
 */
export function gradeFor(total: Decimal, ruleSet: RuleSet): GradeResult {
  const bands = parsedBands(ruleSet);
  const band = bands.find((g) => total.greaterThanOrEqualTo(g.min)) ?? bands[bands.length - 1];
  if (!band) throw new RangeError('规则集没有等级');
  return { key: band.key, label: band.label };
}

/** The bands sorted and parsed once per rule set. */
const bandsMemo = ruleSetMemo<readonly { key: GradeKey; label: string; min: Decimal }[]>();

function parsedBands(ruleSet: RuleSet): readonly { key: GradeKey; label: string; min: Decimal }[] {
  return bandsMemo(ruleSet, '', () =>
    bandsHighFirst(ruleSet).map((b) => ({ key: b.key, label: b.label, min: dec(b.min) })),
  );
}

/** Reads a grade as documents write it ("良好", "优秀", "良") into the rule set's grade; undefined if unknown. */
export function parseGrade(text: string, ruleSet: RuleSet): GradeResult | undefined {
  const t = text.replace(/[\s“”"「」『』]/g, '').replace(/(等级|级|等)$/u, '');
  const band = ruleSet.grades.find((g) => g.label === t || g.aliases.includes(t) || g.key === t);
  return band ? { key: band.key, label: band.label } : undefined;
}
