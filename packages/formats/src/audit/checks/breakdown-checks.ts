import {
  amountInYuan,
  type Decimal,
  dec,
  HUNDRED,
  type RuleSet,
  ratioOf,
  sum,
  NUMBER_UNIT_LABEL as UNIT_LABEL,
} from '@jixiao/domain';
import type { Breakdown } from '../extract/breakdowns';
import type { Extraction } from '../extract/extraction';
import type { LineBlockGroup } from '../extract/line-breakdowns';
import { type AuditFinding, compareWritten, makeFinding, severityFor, show } from '../finding';
import { AUDIT_RULE_SET } from './rule-set';

/** Items as a common unit: amounts in 元 (then shown back in the total's unit), scores and counts as written. */
function amountValue(b: Breakdown, t: Breakdown['total']): Decimal {
  return b.family === 'amount' ? amountInYuan(t) : dec(t.value);
}

function inTotalUnit(b: Breakdown, yuanOrPlain: Decimal): Decimal {
  if (b.family !== 'amount') return yuanOrPlain;
  const per = b.total.unit === 'wanYuan' ? 10_000 : b.total.unit === 'yiYuan' ? 100_000_000 : 1;
  return yuanOrPlain.dividedBy(per);
}

/** Money lists after 其中 are usually complete; they may also name just the notable parts. */
function looksComplete(b: Breakdown): boolean {
  if (b.family === 'score') return true;
  if (b.items.every((i) => i.share)) return true;
  const labels = b.items.map((i) => i.label).join('|');
  return (
    (/基本支出/.test(labels) && /项目支出/.test(labels)) ||
    b.items.some((i) => /^其他|其他收入|其他资金/.test(i.label))
  );
}

export function breakdownChecks(x: Extraction, file?: string, ruleSet = AUDIT_RULE_SET): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const b of x.breakdowns) {
    const unit =
      b.family === 'amount' ? UNIT_LABEL[b.total.unit] : b.family === 'score' ? '分' : b.total.unitText;
    const itemValues = b.items.map((i) => inTotalUnit(b, amountValue(b, i.token)));
    const itemsSum = sum(itemValues);
    // "下达111万元，其中A 100万元，B 11万元，调减40万元，实际下达71万元": the first items make the total
    // and the sentence goes on with other figures; a list whose leading items add up is consistent.
    const prefixAgrees = itemValues.some(
      (_, k) => k >= 1 && k < itemValues.length - 1 && sum(itemValues.slice(0, k + 1)).eq(dec(b.total.value)),
    );
    if (prefixAgrees) continue;
    const kind = compareWritten(b.total.value, itemsSum);
    const parts = b.items.map((i, k) => `${i.label} ${show(itemValues[k] ?? dec(0))}`).join(' + ');
    const recomputation = {
      zh: `${b.items.map((_, k) => show(itemValues[k] ?? dec(0))).join(' + ')} = ${show(itemsSum)} ${unit}；所述合计 ${b.total.value} ${unit}`,
      en: `${b.items.map((_, k) => show(itemValues[k] ?? dec(0))).join(' + ')} = ${show(itemsSum)}; stated total ${b.total.value}`,
    };
    let severity = severityFor(kind, 'error');
    let confidence: 'sure' | 'likely' | 'guessed' = b.totalFromPreviousSentence ? 'likely' : 'sure';
    if (severity === 'error' && b.family === 'count') {
      severity = 'warning';
      confidence = 'guessed';
    } else if (severity === 'error' && itemsSum.lessThan(dec(b.total.value)) && !looksComplete(b)) {
      severity = 'warning'; // "其中" may list only some parts
      confidence = 'guessed';
    }
    if (severity) {
      const diff = show(dec(b.total.value).minus(itemsSum));
      out.push(
        makeFinding({
          code: 'text.breakdown-sum',
          severity,
          confidence,
          file,
          evidence: b.evidence,
          message: {
            zh: `「${b.totalLabel || '合计'}」${b.total.value}${unit} 与其中各项之和 ${show(itemsSum)}${unit} 不符（${parts}，相差 ${diff}${unit}）`,
            en: `stated total ${b.total.value} does not equal the sum of its items ${show(itemsSum)} (difference ${diff})`,
          },
          recomputation,
          expected: show(itemsSum),
          actual: b.total.value,
          numbers: Object.fromEntries([
            ...b.items.map((i, k) => [i.label || `item ${k + 1}`, show(itemValues[k] ?? dec(0))] as const),
            ['itemsSum', show(itemsSum)],
            ['statedTotal', b.total.value],
          ]),
        }),
      );
    }
    out.push(...shareChecks(b, itemValues, itemsSum, ruleSet, file));
  }
  for (const g of x.lineBlockGroups) out.push(...columnChecks(g, file));
  return out;
}

/**
 * A 合计 block against the blocks under it, part by part (中央补助 of the 合计 = the 中央补助 of each block),
 * once their totals confirm the structure (the blocks' totals add up to the 合计).
 */
function columnChecks(g: LineBlockGroup, file?: string): AuditFinding[] {
  const totals = sum(g.blocks.map((b) => amountValue(b, b.total)));
  if (!totals.eq(amountValue(g.total, g.total.total))) return [];
  const out: AuditFinding[] = [];
  g.total.items.forEach((item, k) => {
    const parts = g.blocks.map((b) => b.items[k]).filter((i) => i !== undefined);
    const values = parts.map((p) => inTotalUnit(g.total, amountValue(g.total, p.token)));
    const partsSum = sum(values);
    if (partsSum.eq(dec(item.token.value))) return;
    const terms = `${values.map((v) => show(v)).join(' + ')} = ${show(partsSum)}`;
    out.push(
      makeFinding({
        code: 'text.breakdown-sum',
        severity: 'error',
        confidence: 'likely',
        file,
        evidence: [
          ...g.total.evidence.slice(k + 1, k + 2),
          ...g.blocks.map((b) => b.evidence[k + 1]).filter((e) => e !== undefined),
        ],
        message: {
          zh: `「${g.total.totalLabel}」中的「${item.label}」写作 ${item.token.value}，下列各块的「${item.label}」之和为 ${show(partsSum)}`,
          en: `"${item.label}" of "${g.total.totalLabel}" is ${item.token.value}, the blocks below add up to ${show(partsSum)}`,
        },
        recomputation: { zh: terms, en: terms },
        expected: show(partsSum),
        actual: item.token.value,
      }),
    );
  });
  return out;
}

/** An exact share in percent by the domain's formula (占比 = part ÷ whole); undefined for a zero whole. */
function sharePercent(part: Decimal, whole: Decimal, ruleSet: RuleSet): Decimal | undefined {
  return ratioOf(part, whole, ruleSet)?.rate.times(HUNDRED);
}

function shareChecks(
  b: Breakdown,
  itemValues: Decimal[],
  itemsSum: Decimal,
  ruleSet: RuleSet,
  file?: string,
): AuditFinding[] {
  const out: AuditFinding[] = [];
  const total = dec(b.total.value);
  b.items.forEach((item, k) => {
    if (!item.share) return;
    const v = itemValues[k] ?? dec(0);
    const base = total.isZero() ? itemsSum : total;
    const exact = sharePercent(v, base, ruleSet);
    if (!exact) return;
    let kind = compareWritten(item.share.value, exact);
    let basisNote = '';
    const onSumExact = itemsSum.eq(total) ? undefined : sharePercent(v, itemsSum, ruleSet);
    if (kind === 'mismatch' && onSumExact) {
      const onSum = compareWritten(item.share.value, onSumExact);
      if (onSum !== 'mismatch') {
        kind = 'roundingOnly';
        basisNote = '（按各项之和计算相符，合计本身有误）';
      }
    }
    const severity = severityFor(kind, 'error');
    if (!severity) return;
    const expectedPct = show(exact, 2);
    out.push(
      makeFinding({
        code: 'text.share-mismatch',
        severity,
        confidence: 'sure',
        file,
        evidence: b.evidence,
        message: {
          zh: `「${item.label}」${show(v)} 占 ${show(base)} 的 ${expectedPct}%，文中写作「占${item.share.value}%」${basisNote}`,
          en: `${item.label}: ${show(v)} is ${expectedPct}% of ${show(base)}, but the text says ${item.share.value}%`,
        },
        recomputation: {
          zh: `${show(v)} ÷ ${show(base)} × 100% = ${show(exact, 4)}%`,
          en: `${show(v)} / ${show(base)} × 100% = ${show(exact, 4)}%`,
        },
        expected: expectedPct,
        actual: item.share.value,
        numbers: { amount: show(v), base: show(base), statedShare: item.share.value },
      }),
    );
  });
  return out;
}
