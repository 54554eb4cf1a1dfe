import type { z } from 'zod';
import { type ErrorIssue, JixiaoError } from '../errors';
import type { Localized } from '../i18n/localized';
import { type Message, domainMessage as m } from '../messages';
import { issueMessage } from '../model/parse';
import { type Decimal, dec, sum } from '../money/decimal';
import { type RuleSet, ruleSetSchema } from './rule-set';

/**
 * The pure validator of a rule set: the zod shape first, then the arithmetic a finance officer would
 * check by hand (weights add up, bands cover the range once). Reading JSON/YAML files is the job of
 * @jixiao/formats; this only sees the parsed value.
 */
export type RuleSetValidation = { ok: true; ruleSet: RuleSet } | { ok: false; issues: ErrorIssue[] };

const FIELD_LABEL: Record<string, Localized> = {
  id: { zh: '规则集标识', en: 'rule set id' },
  version: { zh: '版本', en: 'version' },
  name: { zh: '名称', en: 'name' },
  description: { zh: '说明', en: 'description' },
  source: { zh: '依据', en: 'source' },
  kinds: { zh: '适用类型', en: 'kinds' },
  totalWeight: { zh: '总分', en: 'total weight' },
  execution: { zh: '预算执行率', en: 'budget execution rate' },
  indicatorWeight: { zh: '绩效指标总分值', en: 'indicator weight' },
  blocks: { zh: '一级指标块', en: 'indicator blocks' },
  parts: { zh: '二级指标分项', en: 'block parts' },
  weight: { zh: '分值', en: 'weight' },
  matches: { zh: '匹配的一级指标名称', en: 'matched level-1 names' },
  scoring: { zh: '计分规则', en: 'scoring' },
  qualitativeTiers: { zh: '定性指标档次', en: 'qualitative tiers' },
  grades: { zh: '等级', en: 'grades' },
  rounding: { zh: '舍入', en: 'rounding' },
  checks: { zh: '审核设置', en: 'check settings' },
  resultsApplication: { zh: '结果应用', en: 'use of the results' },
  rules: { zh: '规则', en: 'rules' },
  changePercent: { zh: '预算调整比例', en: 'budget change percent' },
  minScore: { zh: '分数下限', en: 'lowest score' },
  belowScore: { zh: '分数上限（不含）', en: 'score below' },
};

function pathString(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function pathLabel(path: readonly PropertyKey[]): Localized {
  if (path.length === 0) return m('ruleSet.whole').text;
  const named = (lang: keyof Localized) =>
    path
      .map((p) => (typeof p === 'number' ? m('ruleSet.item', { n: p + 1 }).text[lang] : fieldLabel(p, lang)))
      .join(' › ');
  return m('ruleSet.field', { path: pathString(path), named: { zh: named('zh'), en: named('en') } }).text;
}

function fieldLabel(p: PropertyKey, lang: keyof Localized): string {
  return FIELD_LABEL[String(p)]?.[lang] ?? String(p);
}

function issueAt(path: readonly PropertyKey[], message: Message): ErrorIssue {
  return { message, location: { path: pathString(path), label: pathLabel(path) } };
}

function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((i) => {
    if (i.code === 'unrecognized_keys') {
      return issueAt(i.path, m('ruleSet.unknownFields', { keys: i.keys.join(', ') }));
    }
    if (i.code === 'invalid_type' && i.input === undefined) return issueAt(i.path, m('ruleSet.missingField'));
    return issueAt(i.path, issueMessage(i));
  });
}

function sameNumber(a: Decimal, b: Decimal): boolean {
  return a.equals(b);
}

function checkWeights(rs: RuleSet, issues: ErrorIssue[]): void {
  const exec = dec(rs.execution.weight);
  const indicators = dec(rs.indicatorWeight);
  const total = dec(rs.totalWeight);
  if (!sameNumber(exec.plus(indicators), total)) {
    issues.push(
      issueAt(
        ['indicatorWeight'],
        m('ruleSet.weightsTotal', {
          exec: exec.toFixed(),
          indicators: indicators.toFixed(),
          sum: exec.plus(indicators).toFixed(),
          total: total.toFixed(),
        }),
      ),
    );
  }
  const weighted = rs.blocks.filter((b) => b.weight !== undefined);
  if (weighted.length > 0) {
    if (weighted.length < rs.blocks.length) {
      rs.blocks.forEach((b, i) => {
        if (b.weight === undefined)
          issues.push(issueAt(['blocks', i, 'weight'], m('ruleSet.blockWeightMissing')));
      });
    } else {
      const blockSum = sum(weighted.map((b) => dec(b.weight ?? '0')));
      if (!sameNumber(blockSum, indicators)) {
        const terms = weighted.map((b) => `${b.label} ${b.weight}`).join(' + ');
        issues.push(
          issueAt(
            ['blocks'],
            m('ruleSet.blockWeightsSum', {
              terms,
              sum: blockSum.toFixed(),
              indicators: indicators.toFixed(),
            }),
          ),
        );
      }
    }
  }
  rs.blocks.forEach((b, i) => {
    if (!b.parts || b.parts.length === 0) return;
    if (b.weight === undefined) {
      issues.push(issueAt(['blocks', i, 'weight'], m('ruleSet.partsNeedWeight', { block: b.label })));
      return;
    }
    const partSum = sum(b.parts.map((p) => dec(p.weight)));
    if (!sameNumber(partSum, dec(b.weight))) {
      const terms = b.parts.map((p) => `${p.label} ${p.weight}`).join(' + ');
      issues.push(
        issueAt(
          ['blocks', i, 'parts'],
          m('ruleSet.partWeightsSum', { block: b.label, terms, sum: partSum.toFixed(), weight: b.weight }),
        ),
      );
    }
    const wildcards = b.parts.filter((p) => p.matches.includes('*')).length;
    if (wildcards > 1) issues.push(issueAt(['blocks', i, 'parts'], m('ruleSet.onePartWildcard')));
  });
  const keys = new Set<string>();
  rs.blocks.forEach((b, i) => {
    if (keys.has(b.key))
      issues.push(issueAt(['blocks', i, 'key'], m('ruleSet.duplicateBlock', { key: b.key })));
    keys.add(b.key);
  });
  if (rs.blocks.filter((b) => b.matches.includes('*')).length > 1) {
    issues.push(issueAt(['blocks'], m('ruleSet.oneBlockWildcard')));
  }
}

function checkGrades(rs: RuleSet, issues: ErrorIssue[]): void {
  const total = dec(rs.totalWeight);
  const mins = rs.grades.map((g) => dec(g.min));
  rs.grades.forEach((g, i) => {
    const min = mins[i] ?? dec(0);
    if (min.isNegative() || min.greaterThan(total)) {
      issues.push(
        issueAt(
          ['grades', i, 'min'],
          m('ruleSet.gradeMinRange', { grade: g.label, min: g.min, total: total.toFixed() }),
        ),
      );
    }
  });
  const seenMin = new Map<string, string>();
  const seenKey = new Set<string>();
  rs.grades.forEach((g, i) => {
    const k = dec(g.min).toFixed();
    const other = seenMin.get(k);
    if (other !== undefined) {
      issues.push(
        issueAt(['grades', i, 'min'], m('ruleSet.gradeOverlap', { grade: g.label, other, min: k })),
      );
    }
    seenMin.set(k, g.label);
    if (seenKey.has(g.key))
      issues.push(issueAt(['grades', i, 'key'], m('ruleSet.duplicateGrade', { key: g.key })));
    seenKey.add(g.key);
  });
  const lowest = mins.reduce<Decimal | undefined>(
    (lo, m) => (lo === undefined || m.lessThan(lo) ? m : lo),
    undefined,
  );
  if (lowest !== undefined && !lowest.isZero()) {
    issues.push(issueAt(['grades'], m('ruleSet.lowestGrade', { lowest: lowest.toFixed() })));
  }
}

function checkTiers(rs: RuleSet, issues: ErrorIssue[]): void {
  const tiers = rs.scoring.qualitativeTiers;
  const base = ['scoring', 'qualitativeTiers'];
  const names = new Set(tiers.map((t) => t.tier));
  if (names.size !== tiers.length) issues.push(issueAt(base, m('ruleSet.tiersOnce')));
  tiers.forEach((t, i) => {
    const lo = dec(t.min);
    const hi = dec(t.max);
    if (lo.isNegative() || hi.greaterThan(1)) {
      issues.push(issueAt([...base, i], m('ruleSet.tierRange', { min: t.min, max: t.max })));
    }
    if (!lo.lessThan(hi))
      issues.push(issueAt([...base, i], m('ruleSet.tierOrder', { min: t.min, max: t.max })));
  });
  const sorted = tiers.map((t, i) => ({ t, i })).sort((a, b) => dec(a.t.min).comparedTo(dec(b.t.min)));
  const first = sorted[0];
  if (first && !dec(first.t.min).isZero()) {
    issues.push(issueAt([...base, first.i, 'min'], m('ruleSet.tierStart', { min: first.t.min })));
  }
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1];
    const cur = sorted[k];
    if (!prev || !cur) continue;
    const gap = dec(cur.t.min).comparedTo(dec(prev.t.max));
    if (gap > 0) {
      issues.push(
        issueAt([...base, cur.i, 'min'], m('ruleSet.tierGap', { from: prev.t.max, to: cur.t.min })),
      );
    } else if (gap < 0) {
      issues.push(
        issueAt([...base, cur.i, 'min'], m('ruleSet.tierOverlap', { min: cur.t.min, max: prev.t.max })),
      );
    } else if (prev.t.maxInclusive) {
      issues.push(issueAt([...base, prev.i, 'maxInclusive'], m('ruleSet.tierTwice', { value: cur.t.min })));
    }
  }
  const last = sorted[sorted.length - 1];
  if (last && (!dec(last.t.max).equals(1) || !last.t.maxInclusive)) {
    issues.push(issueAt([...base, last.i, 'max'], m('ruleSet.tierEnd')));
  }
}

/**
 * 结果应用: each grade of the rule set has exactly one rule without a score band; a band lies inside the
 * score range (min < below), the bands of one grade do not overlap, and a change stays within −100%…100%.
 */
function checkResultsApplication(rs: RuleSet, issues: ErrorIssue[]): void {
  const ra = rs.resultsApplication;
  if (!ra) return;
  const base = ['resultsApplication', 'rules'];
  const gradeLabel = new Map(rs.grades.map((g) => [g.key, g.label]));
  const banded = new Map<string, { i: number; lo: Decimal | undefined; hi: Decimal | undefined }[]>();
  const plain = new Map<string, number>();
  ra.rules.forEach((r, i) => {
    const label = gradeLabel.get(r.grade);
    if (label === undefined) {
      issues.push(issueAt([...base, i, 'grade'], m('ruleSet.resultsGradeUnknown', { grade: r.grade })));
      return;
    }
    const pct = dec(r.changePercent);
    if (pct.lessThan(-100) || pct.greaterThan(100)) {
      issues.push(
        issueAt([...base, i, 'changePercent'], m('ruleSet.resultsChangeRange', { value: r.changePercent })),
      );
    }
    if (r.minScore === undefined && r.belowScore === undefined) {
      if (plain.has(r.grade))
        issues.push(issueAt([...base, i, 'grade'], m('ruleSet.resultsGradeTwice', { grade: label })));
      plain.set(r.grade, i);
      return;
    }
    const lo = r.minScore === undefined ? undefined : dec(r.minScore);
    const hi = r.belowScore === undefined ? undefined : dec(r.belowScore);
    if (lo && hi && !lo.lessThan(hi)) {
      issues.push(
        issueAt(
          [...base, i, 'minScore'],
          m('ruleSet.resultsBandOrder', { min: r.minScore ?? '', below: r.belowScore ?? '' }),
        ),
      );
      return;
    }
    const list = banded.get(r.grade) ?? [];
    for (const other of list) {
      const apart =
        (hi !== undefined && other.lo !== undefined && !hi.greaterThan(other.lo)) ||
        (lo !== undefined && other.hi !== undefined && !lo.lessThan(other.hi));
      if (!apart) {
        issues.push(
          issueAt([...base, i], m('ruleSet.resultsBandOverlap', { grade: label, other: other.i + 1 })),
        );
      }
    }
    list.push({ i, lo, hi });
    banded.set(r.grade, list);
  });
  for (const g of rs.grades) {
    if (!plain.has(g.key)) issues.push(issueAt(base, m('ruleSet.resultsGradeMissing', { grade: g.label })));
  }
}

export function validateRuleSet(input: unknown): RuleSetValidation {
  const parsed = ruleSetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const rs = parsed.data;
  const issues: ErrorIssue[] = [];
  checkWeights(rs, issues);
  checkGrades(rs, issues);
  checkTiers(rs, issues);
  checkResultsApplication(rs, issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, ruleSet: rs };
}

/** Validates or throws INVALID_RULE_SET naming the source (a file name, "内置规则集 mof-2020"…). */
export function assertRuleSet(input: unknown, sourceName: string): RuleSet {
  const result = validateRuleSet(input);
  if (result.ok) return result.ruleSet;
  const withFile = result.issues.map((i) => ({ ...i, location: { ...i.location, file: sourceName } }));
  throw new JixiaoError(
    'INVALID_RULE_SET',
    m('ruleSet.invalid', { source: sourceName, count: result.issues.length }),
    withFile,
  );
}
