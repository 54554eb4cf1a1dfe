import {
  dec,
  formatNumber,
  HUNDRED,
  type Indicator,
  minDec,
  type RuleSet,
  ratioOf,
  redFlagOf,
  type ScoredIndicator,
  scoreIndicator,
  sum,
} from '@jixiao/domain';
import type { Extraction } from '../extract/extraction';
import type { IndicatorRow, IndicatorTable } from '../extract/tables';
import {
  type AuditFinding,
  type Confidence,
  compareScore,
  compareWritten,
  makeFinding,
  severityFor,
  show,
} from '../finding';
import { withDecodedWeights } from './decoded-weights';
import { denominators, executionFigures, executionScoreFinding } from './execution-checks';
import { AUDIT_RULE_SET } from './rule-set';
import { isMet, type ParsedTarget, parseActual, parseTarget } from './target';

/**
 * The indicator table as printed: each row's score against its weight, its 得分率 and its own target and
 * actual; the weights and scores against the stated totals; and the official red flag (indicators complete
 * while the money is not spent).
 */
export function indicatorChecks(x: Extraction, file?: string, ruleSet = AUDIT_RULE_SET): AuditFinding[] {
  const out: AuditFinding[] = [];
  const figures = executionFigures(x);
  for (const printed of x.indicatorTables) {
    const t = printed.hasWeights === false ? withDecodedWeights(printed, ruleSet) : printed;
    for (const row of t.rows) {
      if (row.weightMissing || row.figuresCut) continue;
      out.push(...rowChecks(t, row, figures.rate[0]?.token.value, ruleSet, file));
    }
    // A recovered form's totals include its 资金 block: form-checks weighs them.
    if (t.rows.some((r) => r.weightMissing) || (t.recovered && !t.rows.some((r) => r.isExecution))) continue;
    out.push(...totalChecks(x, t, file));
    const flag = redFlag(t, figures.rate[0]?.token.value, ruleSet, file);
    // One red flag per document: a report listing its indicators twice (a summary table and the form) raises it once.
    if (flag && !out.some((f) => f.code === flag.code)) out.push(flag);
  }
  for (const ft of x.fundsTables) {
    if (!ft.weight || !ft.score) continue;
    // The table's own amounts give the rate the score should rest on, by the engine's formula.
    const budget = denominators(ft.adjustedBudget, ft.initialBudget, ruleSet).primary;
    const computed =
      ft.executed && budget
        ? ratioOf(dec(ft.executed.token.value), dec(budget.token.value), ruleSet)
        : undefined;
    const rate = computed ? computed.percent.toFixed() : ft.rate?.token.value;
    if (!rate) continue;
    const f = executionScoreFinding(
      ft,
      rate,
      file,
      ruleSet,
      ft.confidence === 'guessed' ? 'guessed' : 'sure',
    );
    if (f) out.push(f);
  }
  return out;
}

function rowLabel(row: IndicatorRow): string {
  return row.name.text.trim();
}

/** The engine's score of a row read from the text, under the audit's rule set. */
function engineScore(
  name: string,
  weight: string,
  target: ParsedTarget,
  actual: { value: string },
  ruleSet: RuleSet,
): ScoredIndicator {
  const indicator: Indicator = {
    level1: '',
    name,
    weight,
    target: { comparator: target.comparator, value: target.value, unit: target.unit },
    actual: { value: actual.value },
  };
  return scoreIndicator(indicator, 0, ruleSet);
}

function rowChecks(
  t: IndicatorTable,
  row: IndicatorRow,
  textRate: string | undefined,
  ruleSet: RuleSet,
  file?: string,
): AuditFinding[] {
  const out: AuditFinding[] = [];
  const w = dec(row.weight.token.value);
  const name = rowLabel(row);
  // A row rebuilt from flattened text by a guess, or a weight decoded from the scores, is never an error.
  const sure: Confidence = row.confidence === 'guessed' ? 'guessed' : 'sure';
  const likely: Confidence = row.confidence === 'guessed' ? 'guessed' : 'likely';
  if (row.score) {
    const s = dec(row.score.token.value);
    if (s.greaterThan(w)) {
      out.push(
        makeFinding({
          code: 'text.score-above-weight',
          severity: 'error',
          confidence: sure,
          file,
          evidence: [row.score.cell.evidence, row.weight.cell.evidence],
          message: {
            zh: `「${name}」得分 ${row.score.token.value} 分超过其分值 ${row.weight.token.value} 分${row.weightDecoded ? '（表中未列分值，分值由得分与完成比例推算）' : ''}`,
            en: `"${name}" scores ${row.score.token.value}, above its weight ${row.weight.token.value}`,
          },
          recomputation: {
            zh: `${row.score.token.value} > ${row.weight.token.value}`,
            en: `${row.score.token.value} > ${row.weight.token.value}`,
          },
          expected: `≤ ${row.weight.token.value}`,
          actual: row.score.token.value,
        }),
      );
    }
    // 得分率 against score ÷ weight; the score may itself be rounded at the table's precision.
    if (row.rate && !w.isZero() && !row.isExecution) {
      // A table that writes scores with decimals rounds them: 4.24 may be 4.2415, so 42.42% fits 4.24/10.
      const half = t.scorePlaces === 0 ? dec(0) : dec(5).dividedBy(dec(10).pow(t.scorePlaces + 1));
      const lo = s.minus(half).dividedBy(w).times(100);
      const hi = s.plus(half).dividedBy(w).times(100);
      const stated = dec(row.rate.token.value);
      const exact = (ratioOf(s, w, ruleSet)?.rate ?? dec(0)).times(HUNDRED);
      const inRange = !half.isZero() && stated.greaterThanOrEqualTo(lo) && stated.lessThanOrEqualTo(hi);
      const kind = inRange ? 'agrees' : compareWritten(row.rate.token.value, exact);
      const severity = severityFor(kind, 'error');
      if (severity) {
        out.push(
          makeFinding({
            code: 'text.score-rate-mismatch',
            severity,
            confidence: sure,
            file,
            evidence: [row.rate.cell.evidence, row.score.cell.evidence, row.weight.cell.evidence],
            message: {
              zh: `「${name}」得分 ${row.score.token.value} / 分值 ${row.weight.token.value} = ${show(exact, 2)}%，得分率却写作 ${row.rate.token.value}%`,
              en: `"${name}": ${row.score.token.value} / ${row.weight.token.value} = ${show(exact, 2)}%, but the score rate says ${row.rate.token.value}%`,
            },
            recomputation: {
              zh: `${row.score.token.value} ÷ ${row.weight.token.value} × 100% = ${show(exact, 4)}%`,
              en: `${row.score.token.value} / ${row.weight.token.value} × 100% = ${show(exact, 4)}%`,
            },
            expected: show(exact, 2),
            actual: row.rate.token.value,
          }),
        );
      }
    }
    // A weight decoded from the score cannot then judge the score against the target (it was made to fit).
    if (row.weightDecoded) return out;
    if (row.isExecution) {
      const rate = row.rate?.token.value ?? textRate;
      if (rate) {
        const f = executionScoreFinding(row, rate, file, ruleSet);
        if (f) out.push(f);
      }
      return out;
    }
    const target = row.target ? parseTarget(row.target.text) : undefined;
    const actual = row.actual ? parseActual(row.actual.text) : undefined;
    if (target && actual && row.target && row.actual) {
      // Units that cannot be compared (个 against %) leave the row to the reader.
      if (isMet(target, actual) === undefined) return out;
      const evidence = [row.score.cell.evidence, row.target.evidence, row.actual.evidence];
      const assumedNote = target.assumed ? '（指标值未写比较符，按“≥”理解）' : '';
      const scored = engineScore(name, row.weight.token.value, target, actual, ruleSet);
      const met = scored.outcome === 'met' || scored.outcome === 'exceeded';
      const ruleScore = met ? undefined : scored.ruleScore;
      const shown = ruleScore && formatNumber(ruleScore, ruleSet.rounding.scorePlaces);
      if (met && s.lessThan(w)) {
        out.push(
          makeFinding({
            code: 'text.met-target-lost-points',
            severity: target.assumed ? 'warning' : 'error',
            confidence: target.assumed ? likely : sure,
            file,
            evidence,
            message: {
              zh: `「${name}」实际完成 ${row.actual.text} 已达到指标值 ${row.target.text}${assumedNote}，应得满分 ${row.weight.token.value} 分，却只得 ${row.score.token.value} 分`,
              en: `"${name}" met its target (${row.actual.text} vs ${row.target.text}) but scores ${row.score.token.value} of ${row.weight.token.value}`,
            },
            recomputation: scored.explanation,
            expected: row.weight.token.value,
            actual: row.score.token.value,
          }),
        );
      } else if (ruleScore && shown && s.eq(w)) {
        out.push(
          makeFinding({
            code: 'text.missed-target-full-marks',
            severity: target.assumed ? 'warning' : 'error',
            confidence: target.assumed ? likely : sure,
            file,
            evidence,
            message: {
              zh: `「${name}」实际完成 ${row.actual.text} 未达到指标值 ${row.target.text}${assumedNote}，却得满分 ${row.weight.token.value} 分；按完成比例应得 ${shown} 分`,
              en: `"${name}" missed its target (${row.actual.text} vs ${row.target.text}) yet scores full marks; in proportion it gets ${shown}`,
            },
            recomputation: scored.explanation,
            expected: shown,
            actual: row.score.token.value,
          }),
        );
      } else if (
        // A score below the proportional one depends on the region's deduction rule: worth a word only when
        // the row was read for sure, not on a guessed reading of flattened text.
        row.confidence !== 'guessed' &&
        ruleScore &&
        shown &&
        severityFor(compareScore(row.score.token.value, ruleScore), 'warning')
      ) {
        const kind = compareScore(row.score.token.value, ruleScore);
        out.push(
          makeFinding({
            code: 'text.missed-target-score',
            severity: kind === 'roundingOnly' ? 'info' : 'warning',
            confidence: likely,
            file,
            evidence,
            message: {
              zh: `「${name}」未达指标值，按完成比例应得 ${shown} 分，表中为 ${row.score.token.value} 分（部分地区另有扣分规则，请核实）`,
              en: `"${name}" missed its target; in proportion it gets ${shown}, the table says ${row.score.token.value}`,
            },
            recomputation: scored.explanation,
            expected: shown,
            actual: row.score.token.value,
          }),
        );
      }
    }
  }
  return out;
}

function totalChecks(x: Extraction, t: IndicatorTable, file?: string): AuditFinding[] {
  const out: AuditFinding[] = [];
  const weights = t.rows.map((r) => dec(r.weight.token.value));
  const weightSum = sum(weights);
  const statedWeight = t.totalRow?.weight;
  const hasExecution = t.rows.some((r) => r.isExecution);
  // A form rebuilt from text that reached no total row and whose last row has no score was cut off: its
  // weights so far say nothing about a 100-point total.
  const cutOff = t.recovered === true && !t.totalRow && !t.rows[t.rows.length - 1]?.score;
  const expectedTotal = statedWeight
    ? dec(statedWeight.token.value)
    : hasExecution && !cutOff
      ? dec(100)
      : undefined;
  // The official form prints the 资金 block's 分值 (预算执行率) above the indicator table and counts it in the
  // 总分 row: 90 points of indicators and the block's 10 make the 100 printed.
  const block = hasExecution ? undefined : x.fundsTables.find((f) => f.weight)?.weight;
  const withBlock = block ? weightSum.plus(dec(block.token.value)) : undefined;
  if (expectedTotal && !weightSum.eq(expectedTotal) && !withBlock?.eq(expectedTotal)) {
    out.push(
      makeFinding({
        code: 'text.weights-total',
        severity: statedWeight ? 'error' : 'warning',
        confidence: statedWeight ? 'sure' : 'likely',
        file,
        evidence: [
          ...(statedWeight ? [statedWeight.cell.evidence] : []),
          ...t.rows.slice(0, 3).map((r) => r.weight.cell.evidence),
        ],
        message: {
          zh: `表 ${t.table} 各指标分值合计 ${show(weightSum)} 分，与${statedWeight ? '所列' : ''}总分 ${show(expectedTotal)} 分不符`,
          en: `weights in table ${t.table} add up to ${show(weightSum)}, not ${show(expectedTotal)}`,
        },
        recomputation: {
          zh: `${weights.map((w) => show(w)).join(' + ')} = ${show(weightSum)}`,
          en: `${weights.map((w) => show(w)).join(' + ')} = ${show(weightSum)}`,
        },
        expected: show(expectedTotal),
        actual: show(weightSum),
      }),
    );
  }
  if (t.rows.every((r) => r.score) && hasExecution) {
    const scores = t.rows.map((r) => dec(r.score?.token.value ?? '0'));
    const scoreSum = sum(scores);
    const stated: Array<{ value: string; evidence: AuditFinding['evidence'][number] }> = [];
    if (t.totalRow?.score)
      stated.push({ value: t.totalRow.score.token.value, evidence: t.totalRow.score.cell.evidence });
    for (const f of x.facts)
      if (f.concept === 'totalScore') stated.push({ value: f.token.value, evidence: f.evidence });
    for (const st of stated.slice(0, 2)) {
      const kind = compareWritten(st.value, scoreSum);
      const severity = severityFor(kind, 'error');
      if (!severity) continue;
      out.push(
        makeFinding({
          code: 'text.total-score',
          severity,
          confidence: 'sure',
          file,
          evidence: [st.evidence],
          message: {
            zh: `总分写作 ${st.value} 分，表 ${t.table} 各项得分合计为 ${show(scoreSum)} 分`,
            en: `total score stated as ${st.value}, but the scores in table ${t.table} add up to ${show(scoreSum)}`,
          },
          recomputation: {
            zh: `${scores.map((v) => show(v)).join(' + ')} = ${show(scoreSum)}`,
            en: `${scores.map((v) => show(v)).join(' + ')} = ${show(scoreSum)}`,
          },
          expected: show(scoreSum),
          actual: st.value,
        }),
      );
    }
  }
  return out;
}

/** The official red flag: indicator completion ahead of budget execution beyond the rule set's threshold. */
function redFlag(
  t: IndicatorTable,
  textRate: string | undefined,
  ruleSet: RuleSet,
  file?: string,
): AuditFinding | undefined {
  const exec = t.rows.find((r) => r.isExecution);
  // The rate the report states; an execution row's 得分率 is a score's share, a rounded stand-in for it.
  const rateText = textRate ?? exec?.rate?.token.value;
  const rows = t.rows.filter((r) => !r.isExecution && r.score);
  if (!rateText || rows.length < 3) return undefined;
  const w = sum(rows.map((r) => dec(r.weight.token.value)));
  const s = sum(rows.map((r) => dec(r.score?.token.value ?? '0')));
  const rate = minDec(dec(rateText), HUNDRED).dividedBy(HUNDRED);
  const flag = redFlagOf(s, w, rate, ruleSet);
  if (!flag?.raised) return undefined;
  const completion = flag.completion.times(HUNDRED);
  const gap = `${show(flag.measure, 2)}% > ${show(flag.threshold)}%`;
  const allFull = rows.every((r) => dec(r.score?.token.value ?? '0').eq(dec(r.weight.token.value)));
  return makeFinding({
    code: 'text.indicators-ahead-of-execution',
    severity: 'warning',
    confidence: 'sure',
    file,
    evidence: [
      ...(exec?.rate ? [exec.rate.cell.evidence] : []),
      ...rows.slice(0, 2).map((r) => r.name.evidence),
    ],
    message: {
      zh: `${allFull ? '所有绩效指标均得满分' : `绩效指标完成度 ${show(completion, 2)}%`}，而预算执行率仅 ${rateText}%：指标完成度超前于预算执行超过 ${show(flag.threshold)}%（红灯）`,
      en: `${allFull ? 'every indicator has full marks' : `indicator completion ${show(completion, 2)}%`} while only ${rateText}% of the budget was spent (red flag)`,
    },
    recomputation: {
      zh: `指标得分 ${show(s)} ÷ 指标分值 ${show(w)} = ${show(completion, 2)}%；(${show(completion, 2)} − ${rateText}) ÷ ${show(completion, 2)} = ${gap}`,
      en: `${show(s)} / ${show(w)} = ${show(completion, 2)}%; relative gap ${gap}`,
    },
    numbers: { indicatorCompletion: show(completion, 2), executionRate: rateText },
  });
}
