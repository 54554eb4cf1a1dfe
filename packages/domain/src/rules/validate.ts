import type { z } from 'zod';
import { type ErrorIssue, JixiaoError } from '../errors';
import { type Decimal, dec, sum } from '../money/decimal';
import { type RuleSet, ruleSetSchema } from './rule-set';

/**
 * The pure validator of a rule set: the zod shape first, then the arithmetic a finance officer would
 * check by hand (weights add up, bands cover the range once). Reading JSON/YAML files is the job of
 * @jixiao/formats; this only sees the parsed value.
 */
export type RuleSetValidation = { ok: true; ruleSet: RuleSet } | { ok: false; issues: ErrorIssue[] };

const FIELD_LABEL: Record<string, string> = {
  id: '规则集标识',
  version: '版本',
  name: '名称',
  description: '说明',
  source: '依据',
  kinds: '适用类型',
  totalWeight: '总分',
  execution: '预算执行率',
  indicatorWeight: '绩效指标总分值',
  blocks: '一级指标块',
  parts: '二级指标分项',
  weight: '分值',
  matches: '匹配的一级指标名称',
  scoring: '计分规则',
  qualitativeTiers: '定性指标档次',
  grades: '等级',
  rounding: '舍入',
  checks: '审核设置',
};

function pathString(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function pathLabel(path: readonly PropertyKey[]): string {
  const named = path
    .map((p) => (typeof p === 'number' ? `第 ${p + 1} 项` : (FIELD_LABEL[String(p)] ?? String(p))))
    .join(' › ');
  return named ? `规则集字段 ${pathString(path)}（${named}）` : '规则集';
}

function issueAt(path: readonly PropertyKey[], message: string): ErrorIssue {
  return { message, location: { path: pathString(path), label: pathLabel(path) } };
}

function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((i) => {
    if (i.code === 'unrecognized_keys') {
      return issueAt(i.path, `有不认识的字段：${i.keys.join('、')}（请检查拼写，或删去）`);
    }
    if (i.code === 'invalid_type' && i.input === undefined) return issueAt(i.path, '缺少此字段');
    return issueAt(i.path, i.message);
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
        `预算执行率分值 ${exec.toFixed()} + 绩效指标总分值 ${indicators.toFixed()} = ${exec.plus(indicators).toFixed()}，应等于总分 ${total.toFixed()}`,
      ),
    );
  }
  const weighted = rs.blocks.filter((b) => b.weight !== undefined);
  if (weighted.length > 0) {
    if (weighted.length < rs.blocks.length) {
      rs.blocks.forEach((b, i) => {
        if (b.weight === undefined)
          issues.push(issueAt(['blocks', i, 'weight'], '其他一级指标块都有分值，此块也要写分值'));
      });
    } else {
      const blockSum = sum(weighted.map((b) => dec(b.weight ?? '0')));
      if (!sameNumber(blockSum, indicators)) {
        const terms = weighted.map((b) => `${b.label} ${b.weight}`).join(' + ');
        issues.push(
          issueAt(
            ['blocks'],
            `一级指标块分值之和 ${terms} = ${blockSum.toFixed()}，应等于绩效指标总分值 ${indicators.toFixed()}`,
          ),
        );
      }
    }
  }
  rs.blocks.forEach((b, i) => {
    if (!b.parts || b.parts.length === 0) return;
    if (b.weight === undefined) {
      issues.push(issueAt(['blocks', i, 'weight'], `「${b.label}」分了二级分项，必须写明本块分值`));
      return;
    }
    const partSum = sum(b.parts.map((p) => dec(p.weight)));
    if (!sameNumber(partSum, dec(b.weight))) {
      const terms = b.parts.map((p) => `${p.label} ${p.weight}`).join(' + ');
      issues.push(
        issueAt(
          ['blocks', i, 'parts'],
          `「${b.label}」各分项分值之和 ${terms} = ${partSum.toFixed()}，应等于本块分值 ${b.weight}`,
        ),
      );
    }
    const wildcards = b.parts.filter((p) => p.matches.includes('*')).length;
    if (wildcards > 1) issues.push(issueAt(['blocks', i, 'parts'], '最多只能有一个分项用 "*" 匹配其余指标'));
  });
  const keys = new Set<string>();
  rs.blocks.forEach((b, i) => {
    if (keys.has(b.key)) issues.push(issueAt(['blocks', i, 'key'], `块标识「${b.key}」重复`));
    keys.add(b.key);
  });
  if (rs.blocks.filter((b) => b.matches.includes('*')).length > 1) {
    issues.push(issueAt(['blocks'], '最多只能有一个一级指标块用 "*" 匹配其余指标'));
  }
}

function checkGrades(rs: RuleSet, issues: ErrorIssue[]): void {
  const total = dec(rs.totalWeight);
  const mins = rs.grades.map((g) => dec(g.min));
  rs.grades.forEach((g, i) => {
    const m = mins[i] ?? dec(0);
    if (m.isNegative() || m.greaterThan(total)) {
      issues.push(
        issueAt(['grades', i, 'min'], `「${g.label}」的下限 ${g.min} 应在 0 到总分 ${total.toFixed()} 之间`),
      );
    }
  });
  const seenMin = new Map<string, string>();
  const seenKey = new Set<string>();
  rs.grades.forEach((g, i) => {
    const k = dec(g.min).toFixed();
    const other = seenMin.get(k);
    if (other !== undefined) {
      issues.push(issueAt(['grades', i, 'min'], `「${g.label}」与「${other}」的下限都是 ${k}，等级区间重叠`));
    }
    seenMin.set(k, g.label);
    if (seenKey.has(g.key)) issues.push(issueAt(['grades', i, 'key'], `等级「${g.key}」重复`));
    seenKey.add(g.key);
  });
  const lowest = mins.reduce<Decimal | undefined>(
    (lo, m) => (lo === undefined || m.lessThan(lo) ? m : lo),
    undefined,
  );
  if (lowest !== undefined && !lowest.isZero()) {
    issues.push(
      issueAt(
        ['grades'],
        `最低等级的下限是 ${lowest.toFixed()}，应为 0，否则 0 到 ${lowest.toFixed()} 分没有等级`,
      ),
    );
  }
}

function checkTiers(rs: RuleSet, issues: ErrorIssue[]): void {
  const tiers = rs.scoring.qualitativeTiers;
  const base = ['scoring', 'qualitativeTiers'];
  const names = new Set(tiers.map((t) => t.tier));
  if (names.size !== tiers.length) issues.push(issueAt(base, '达成、部分达成、未达成三档各出现一次'));
  tiers.forEach((t, i) => {
    const lo = dec(t.min);
    const hi = dec(t.max);
    if (lo.isNegative() || hi.greaterThan(1)) {
      issues.push(issueAt([...base, i], `档次区间 [${t.min}, ${t.max}] 应在 0 到 1（分值的比例）之间`));
    }
    if (!lo.lessThan(hi)) issues.push(issueAt([...base, i], `档次下限 ${t.min} 应小于上限 ${t.max}`));
  });
  const sorted = tiers.map((t, i) => ({ t, i })).sort((a, b) => dec(a.t.min).comparedTo(dec(b.t.min)));
  const first = sorted[0];
  if (first && !dec(first.t.min).isZero()) {
    issues.push(
      issueAt(
        [...base, first.i, 'min'],
        `最低档次应从 0 开始，现为 ${first.t.min}，0 到 ${first.t.min} 没有档次`,
      ),
    );
  }
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1];
    const cur = sorted[k];
    if (!prev || !cur) continue;
    const gap = dec(cur.t.min).comparedTo(dec(prev.t.max));
    if (gap > 0) {
      issues.push(issueAt([...base, cur.i, 'min'], `档次 ${prev.t.max} 到 ${cur.t.min} 之间有空档`));
    } else if (gap < 0) {
      issues.push(
        issueAt([...base, cur.i, 'min'], `档次下限 ${cur.t.min} 小于前一档上限 ${prev.t.max}，区间重叠`),
      );
    } else if (prev.t.maxInclusive) {
      issues.push(
        issueAt(
          [...base, prev.i, 'maxInclusive'],
          `${cur.t.min} 同时属于两档：下一档已含下限，此档上限应不含（maxInclusive: false）`,
        ),
      );
    }
  }
  const last = sorted[sorted.length - 1];
  if (last && (!dec(last.t.max).equals(1) || !last.t.maxInclusive)) {
    issues.push(
      issueAt([...base, last.i, 'max'], '最高档次应到 1（满分）为止并包含满分（maxInclusive: true）'),
    );
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
  return issues.length > 0 ? { ok: false, issues } : { ok: true, ruleSet: rs };
}

/** Validates or throws INVALID_RULE_SET naming the source (a file name, "内置规则集 mof-2020"…). */
export function assertRuleSet(input: unknown, sourceName: string): RuleSet {
  const result = validateRuleSet(input);
  if (result.ok) return result.ruleSet;
  const withFile = result.issues.map((i) => ({ ...i, location: { ...i.location, file: sourceName } }));
  throw new JixiaoError(
    'INVALID_RULE_SET',
    `评分规则集「${sourceName}」有 ${result.issues.length} 处错误`,
    withFile,
  );
}
