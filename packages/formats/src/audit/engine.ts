import {
  amountInYuan,
  dec,
  type EvaluationInput,
  evaluate,
  type Finding,
  type INCOME_SOURCES,
  isJixiaoError,
  type NumberToken,
  parseEvaluation,
} from '@jixiao/domain';
import { executionFigures } from './checks/execution-checks';
import { AUDIT_RULE_SET } from './checks/rule-set';
import { parseActual, parseTarget } from './checks/target';
import type { Evidence } from './document';
import type { Breakdown } from './extract/breakdowns';
import type { Extraction } from './extract/extraction';
import type { AuditFinding } from './finding';
import type { ExtractedSummary } from './summary';

/**
 * The engine's own checks (packages/domain/src/checks) run on what the text states, turned into the
 * engine's evaluation model. Only checks that depend on the figures alone are taken: weights, execution
 * score and grade depend on the region's rule set, which a report written elsewhere does not name, and the
 * text checks judge those with the document's own weights instead.
 *
 * A finding both the engine and a text check make is reported once, by the text check (it quotes the
 * sentence), with the engine's code in `engineCode`. One only the engine makes is kept as a warning at most:
 * the evaluation was assembled from extracted figures, so it is never a sure error.
 */
const ENGINE_CODES: Record<string, readonly string[]> = {
  'income.parts-mismatch': ['text.breakdown-sum'],
  'expenditure.by-type-mismatch': ['text.breakdown-sum'],
  'expenditure.by-function-mismatch': ['text.breakdown-sum'],
  'share.mismatch': ['text.share-mismatch'],
  'indicator.score-rate-mismatch': ['text.score-rate-mismatch'],
  'indicator.score-above-weight': ['text.score-above-weight'],
  'indicator.met-lost-points': ['text.met-target-lost-points'],
  'indicator.missed-full-marks': ['text.missed-target-full-marks'],
  'carryover.unspent-not-carried': ['text.unspent-without-carryover'],
  'expenditure.excess-without-source': ['text.spending-above-income'],
  'flag.yellow-unspent': ['text.unspent-high'],
  'flag.red': ['text.indicators-ahead-of-execution'],
  'stated.execution-rate-mismatch': ['text.execution-rate-mismatch'],
};

const wan = (t: NumberToken) => amountInYuan(t).dividedBy(10_000).toFixed();

function incomeSource(label: string): (typeof INCOME_SOURCES)[number] | undefined {
  if (/上年结转|年初结转/.test(label)) return 'priorYearCarryover';
  if (/政府性基金/.test(label)) return 'governmentFund';
  if (/事业收入/.test(label)) return 'businessIncome';
  if (/财政拨款|一般公共预算/.test(label)) return 'fiscalAppropriation';
  if (/其他/.test(label)) return 'otherIncome';
  return undefined;
}

interface Assembled {
  input: EvaluationInput;
  evidence: Map<string, Evidence[]>;
}

/** The evaluation the text supports, with the evidence of each part by its path prefix. */
export function toEvaluationInput(x: Extraction, summary: ExtractedSummary): Assembled {
  const evidence = new Map<string, Evidence[]>();
  const kind = summary.kind ?? 'unitWide';
  const name = summary.unit ?? '（未识别单位）';
  const input: EvaluationInput = {
    kind,
    fiscalYear: summary.fiscalYear ?? 2000,
    amountUnit: 'wanYuan',
    unit: { name },
    ...(kind === 'project' ? { project: { name } } : {}),
    funds: { total: {} },
  };
  const f = executionFigures(x);
  const adj = f.adjustedBudget[0];
  const exe = f.executed[0];
  if (adj && exe) {
    input.funds = {
      total: {
        adjustedBudget: wan(adj.token),
        executed: wan(exe.token),
        ...(f.initialBudget[0] ? { initialBudget: wan(f.initialBudget[0].token) } : {}),
      },
    };
    evidence.set('funds', [adj.evidence, exe.evidence]);
    const rate = f.rate[0];
    if (rate) input.stated = { executionRate: rate.token.value, blockScores: [] };
  }
  const amountBreakdowns = x.breakdowns.filter((b) => b.family === 'amount');
  const income = amountBreakdowns.find(
    (b) => /收入/.test(b.totalLabel) && b.items.every((i) => incomeSource(i.label)),
  );
  if (income) {
    input.income = {
      statedTotal: wan(income.total),
      items: income.items.map((i) => ({
        name: i.label || '收入',
        amount: wan(i.token),
        source: incomeSource(i.label) ?? 'otherIncome',
        ...(i.share ? { statedShare: i.share.value } : {}),
      })),
    };
    evidence.set('income', income.evidence);
  }
  const byType = amountBreakdowns.find(
    (b) =>
      !/预算/.test(b.totalLabel) &&
      b.items.length === 2 &&
      b.items.every((i) => /基本支出|项目支出/.test(i.label)),
  );
  const byFunction = amountBreakdowns.find(
    (b) =>
      b !== byType &&
      /支出/.test(b.totalLabel + b.sentence.text) &&
      b.items.every((i) => /支出$/.test(i.label) && !/基本|项目/.test(i.label)),
  );
  if (byType || byFunction) {
    const total = (byType ?? byFunction) as Breakdown;
    input.expenditure = {
      statedTotal: wan(total.total),
      byType: (byType?.items ?? []).map((i) => ({
        name: i.label,
        amount: wan(i.token),
        type: /基本/.test(i.label) ? ('basic' as const) : ('project' as const),
        ...(i.share ? { statedShare: i.share.value } : {}),
      })),
      byFunction: (byType && byFunction && !dec(wan(byType.total)).eq(dec(wan(byFunction.total)))
        ? []
        : (byFunction?.items ?? [])
      ).map((i) => ({
        name: i.label,
        amount: wan(i.token),
        ...(i.share ? { statedShare: i.share.value } : {}),
      })),
    };
    evidence.set('expenditure', [...(byType?.evidence ?? []), ...(byFunction?.evidence ?? [])]);
  }
  const spending = x.facts.find((v) => v.concept === 'expenditureTotal');
  const incomeFact = x.facts.find((v) => v.concept === 'incomeTotal');
  if (spending && incomeFact) {
    // A breakdown's own total stays; the labelled totals fill in only what is missing.
    input.expenditure = { statedTotal: wan(spending.token), ...(input.expenditure ?? {}) };
    input.income = { statedTotal: wan(incomeFact.token), ...(input.income ?? {}) };
    evidence.set('expenditure.sourceOfExcess', [spending.evidence, incomeFact.evidence]);
  }
  const zero = x.zeroClosingCarryover[0];
  if (zero) {
    input.carryover = { closing: '0' };
    evidence.set('carryover', [zero.evidence]);
  }
  const table = x.indicatorTables[0];
  if (table) {
    const rows = table.rows.filter((r) => !r.isExecution);
    input.indicators = rows.map((r, i) => {
      const target = r.target ? parseTarget(r.target.text) : undefined;
      const actual = r.actual ? parseActual(r.actual.text) : undefined;
      evidence.set(`indicators[${i}]`, [
        r.name.evidence,
        ...(r.score ? [r.score.cell.evidence] : []),
        ...(r.rate ? [r.rate.cell.evidence] : []),
      ]);
      return {
        level1: r.level1?.trim() || '绩效指标',
        name: r.name.text.trim() || `指标${i + 1}`,
        weight: r.weight.token.value,
        ...(r.score ? { score: r.score.token.value } : {}),
        ...(r.rate ? { statedScoreRate: r.rate.token.value } : {}),
        ...(target && !target.assumed
          ? { target: { comparator: target.comparator, value: target.value, unit: target.unit } }
          : {}),
        ...(actual ? { actual: { value: actual.value } } : {}),
        ...(r.reason?.text.trim() ? { deviationReason: r.reason.text.trim() } : {}),
      };
    });
    evidence.set(
      'indicators',
      rows.slice(0, 3).map((r) => r.name.evidence),
    );
  }
  return { input, evidence };
}

function evidenceFor(path: string, map: Map<string, Evidence[]>): Evidence[] {
  let best: Evidence[] = [];
  let bestLen = -1;
  for (const [prefix, ev] of map) {
    if (
      (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)) &&
      prefix.length > bestLen
    ) {
      best = ev;
      bestLen = prefix.length;
    }
  }
  return best;
}

/** Runs the engine; merges its findings into the text findings as described above. */
export function withEngineFindings(
  x: Extraction,
  summary: ExtractedSummary,
  text: AuditFinding[],
  file?: string,
): AuditFinding[] {
  let findings: Finding[];
  let assembled: Assembled;
  try {
    assembled = toEvaluationInput(x, summary);
    const evaluation = parseEvaluation(assembled.input);
    findings = evaluate(evaluation, AUDIT_RULE_SET).findings;
  } catch (e) {
    if (isJixiaoError(e)) return text; // what the text gives does not make a valid evaluation: text checks only
    throw e;
  }
  const out = [...text];
  for (const f of findings) {
    const twins = ENGINE_CODES[f.code];
    if (!twins || f.severity === 'info') continue;
    const twin = out.find((t) => t.origin === 'text' && twins.includes(t.code) && !t.engineCode);
    if (twin) {
      twin.engineCode = f.code;
      continue;
    }
    const evidence = evidenceFor(f.location.path, assembled.evidence);
    if (evidence.length === 0) continue;
    out.push({
      ...f,
      severity: f.severity === 'error' ? 'warning' : f.severity,
      location: {
        ...f.location,
        ...(file ? { file } : {}),
        ...(evidence[0] ? { quote: evidence[0].quote } : {}),
      },
      evidence,
      recomputation: {
        zh: f.numbers
          ? Object.entries(f.numbers)
              .map(([k, v]) => `${k} = ${v}`)
              .join('；')
          : f.message.zh,
        en: f.numbers
          ? Object.entries(f.numbers)
              .map(([k, v]) => `${k} = ${v}`)
              .join('; ')
          : f.message.en,
      },
      confidence: 'likely',
      origin: 'engine',
    });
  }
  return out;
}
