import {
  amountInYuan,
  dec,
  gradeBandsText,
  gradeFor,
  isAmount,
  parseGrade,
  type RuleSet,
  sum,
} from '@jixiao/domain';
import type { Extraction } from '../extract/extraction';
import type { FactConcept } from '../extract/facts';
import { FACT_LABEL } from '../extract/facts';
import { type AuditFinding, makeFinding, show } from '../finding';
import { AUDIT_RULE_SET } from './rule-set';

/** Counts against their lists, level-1 weights against their total, figures stated twice, grade, income vs spending. */
export function consistencyChecks(x: Extraction, file?: string, ruleSet = AUDIT_RULE_SET): AuditFinding[] {
  return [
    ...countChecks(x, file),
    ...blockWeightChecks(x, file),
    ...restatedChecks(x, file),
    ...gradeChecks(x, file, ruleSet),
    ...balanceChecks(x, file),
  ];
}

function countChecks(x: Extraction, file?: string): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const c of x.countLists) {
    if (c.items.length === c.stated) continue;
    const sure = c.form === 'countThenList';
    out.push(
      makeFinding({
        code: 'text.count-list',
        severity: sure ? 'error' : 'warning',
        confidence: sure ? 'sure' : 'guessed',
        file,
        evidence: [c.evidence],
        message: {
          zh: `文中称「${c.statedText}${c.noun}」，实际列出 ${c.items.length} 个：${c.items.join('、')}`,
          en: `the text says ${c.stated} ${c.noun} but lists ${c.items.length}: ${c.items.join(', ')}`,
        },
        recomputation: {
          zh: `列出 ${c.items.length} 项 ≠ ${c.stated}`,
          en: `${c.items.length} listed ≠ ${c.stated}`,
        },
        expected: String(c.items.length),
        actual: String(c.stated),
      }),
    );
  }
  return out;
}

function blockWeightChecks(x: Extraction, file?: string): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const b of x.blockWeights) {
    const values = b.parts.map((p) => dec(p.token.value));
    const total = sum(values);
    const stated = b.statedTotal ? dec(b.statedTotal.value) : dec(100);
    if (total.eq(stated)) continue;
    const unit = b.parts[0]?.token.unit === 'percent' ? '%' : '分';
    out.push(
      makeFinding({
        code: 'text.weights-total',
        severity: b.statedTotal || unit === '%' ? 'error' : 'warning',
        confidence: b.statedTotal ? 'sure' : 'likely',
        file,
        evidence: [b.evidence],
        message: {
          zh: `一级指标权重 ${b.parts.map((p) => `${p.label}${p.token.value}${unit}`).join('、')} 合计 ${show(total)}${unit}，与${b.statedTotal ? '所述' : ''}总分 ${show(stated)}${unit} 不符`,
          en: `level-1 weights add up to ${show(total)}, not ${show(stated)}`,
        },
        recomputation: {
          zh: `${values.map((v) => show(v)).join(' + ')} = ${show(total)}`,
          en: `${values.map((v) => show(v)).join(' + ')} = ${show(total)}`,
        },
        expected: show(stated),
        actual: show(total),
      }),
    );
  }
  return out;
}

const RESTATE: readonly FactConcept[] = [
  'initialBudget',
  'adjustedBudget',
  'executed',
  'executionRate',
  'totalScore',
];

function restatedChecks(x: Extraction, file?: string): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const concept of RESTATE) {
    const facts = x.facts.filter((f) => f.concept === concept);
    const first = facts[0];
    if (!first) continue;
    // Two values in one paragraph describe two things (two projects, two periods), not one figure twice.
    const paragraphs = facts.map((f) => f.sentence.source.paragraph);
    if (new Set(paragraphs).size !== paragraphs.length) continue;
    const v0 = isAmount(first.token) ? amountInYuan(first.token) : dec(first.token.value);
    const other = facts.find((f) => {
      const v = isAmount(f.token) ? amountInYuan(f.token) : dec(f.token.value);
      return !v.eq(v0);
    });
    if (!other) continue;
    out.push(
      makeFinding({
        code: 'text.figure-restated',
        severity: 'warning',
        confidence: 'likely',
        file,
        evidence: [first.evidence, other.evidence],
        message: {
          zh: `「${FACT_LABEL[concept].zh}」前后不一致：一处为 ${first.token.raw}，另一处为 ${other.token.raw}`,
          en: `${FACT_LABEL[concept].en} is stated as “${first.token.raw}” in one place and “${other.token.raw}” in another`,
        },
        recomputation: {
          zh: `${first.token.raw} ≠ ${other.token.raw}`,
          en: `“${first.token.raw}” ≠ “${other.token.raw}”`,
        },
        expected: first.token.value,
        actual: other.token.value,
      }),
    );
  }
  return out;
}

/** The stated grade against the grade the rule set's bands give the stated total. */
function gradeChecks(x: Extraction, file: string | undefined, ruleSet: RuleSet): AuditFinding[] {
  const total = x.facts.find((f) => f.concept === 'totalScore');
  const grade = x.grades[0];
  if (!total || !grade) return [];
  const stated = parseGrade(grade.grade, ruleSet);
  if (!stated) return [];
  const expected = gradeFor(dec(total.token.value), ruleSet);
  if (expected.key === stated.key) return [];
  return [
    makeFinding({
      code: 'text.grade-mismatch',
      severity: 'warning',
      confidence: 'likely',
      file,
      evidence: [grade.evidence, total.evidence],
      message: {
        zh: `总分 ${total.token.value} 分按通行等级（${gradeBandsText(ruleSet)}）应为「${expected.label}」，报告写作「${grade.grade}」（地方等级划分不同时请核实）`,
        en: `a total of ${total.token.value} is grade ${expected.label} under the usual bands, but the report says ${grade.grade}`,
      },
      recomputation: {
        zh: `${total.token.value} → ${expected.label}`,
        en: `${total.token.value} → ${expected.key}`,
      },
      expected: expected.label,
      actual: grade.grade,
    }),
  ];
}

const SOURCE_OF_EXCESS = /上年结转|上年结余|年初结转|结余资金|动用.{0,6}结余|弥补|往年结余|历年结余|专户资金/;

function balanceChecks(x: Extraction, file?: string): AuditFinding[] {
  const out: AuditFinding[] = [];
  const income = x.facts.find((f) => f.concept === 'incomeTotal');
  const spending = x.facts.find((f) => f.concept === 'expenditureTotal');
  if (!income || !spending) return out;
  const i = amountInYuan(income.token);
  const s = amountInYuan(spending.token);
  const per = spending.token.unit === 'wanYuan' ? 10_000 : spending.token.unit === 'yiYuan' ? 100_000_000 : 1;
  const gap = s.minus(i).dividedBy(per);
  const unit = spending.token.raw.replace(/^[-+\d.]+/, '');
  if (s.greaterThan(i) && !SOURCE_OF_EXCESS.test(x.text)) {
    out.push(
      makeFinding({
        code: 'text.spending-above-income',
        severity: 'warning',
        confidence: 'sure',
        file,
        evidence: [spending.evidence, income.evidence],
        message: {
          zh: `全年支出 ${spending.token.raw} 高于全年收入 ${income.token.raw}（多支出 ${show(gap)}${unit}），报告未说明资金来源（如上年结转结余）`,
          en: `spending “${spending.token.raw}” exceeds income “${income.token.raw}” by ${show(gap)} with no stated source`,
        },
        recomputation: {
          zh: `${spending.token.value} − ${income.token.value} = ${show(gap)}${unit}`,
          en: `${spending.token.value} − ${income.token.value} = ${show(gap)}`,
        },
        expected: income.token.value,
        actual: spending.token.value,
      }),
    );
  } else if (i.greaterThan(s) && x.zeroClosingCarryover.length > 0) {
    const zero = x.zeroClosingCarryover[0];
    out.push(
      makeFinding({
        code: 'text.income-expenditure-gap',
        severity: 'warning',
        confidence: 'sure',
        file,
        evidence: [income.evidence, spending.evidence, ...(zero ? [zero.evidence] : [])],
        message: {
          zh: `全年收入 ${income.token.raw} 与支出 ${spending.token.raw} 相差 ${show(gap.negated())}${unit}，报告却称无结转结余`,
          en: `income “${income.token.raw}” and spending “${spending.token.raw}” differ by ${show(gap.negated())}, yet the report states no carry-over`,
        },
        recomputation: {
          zh: `${income.token.value} − ${spending.token.value} = ${show(gap.negated())}${unit} ≠ 0`,
          en: `${income.token.value} − ${spending.token.value} = ${show(gap.negated())} ≠ 0`,
        },
        expected: show(gap.negated()),
        actual: '0',
      }),
    );
  }
  return out;
}
