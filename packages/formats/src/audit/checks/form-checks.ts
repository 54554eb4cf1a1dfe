import { type Decimal, dec, sum } from '@jixiao/domain';
import type { Extraction } from '../extract/extraction';
import type { IndicatorRow, IndicatorTable } from '../extract/tables';
import {
  type AuditFinding,
  type Confidence,
  compareWritten,
  makeFinding,
  severityFor,
  show,
} from '../finding';

/**
 * A recovered form against the frame it prints: each 一级指标 block's weights against its "（50分）", all the
 * indicator weights against "年度绩效目标（80分）", the stated 总分 against the execution score plus the
 * indicator scores and against the most the weights allow, and a form left blank (no 完成值, no 得分, no
 * total) reported as incomplete rather than passing as clean.
 */
export function formChecks(x: Extraction, file?: string): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const t of x.indicatorTables) {
    if (isBlank(t)) {
      out.push(blankForm(t, file));
      continue;
    }
    if (!t.recovered) continue;
    const printed = t.rows.filter((r) => !r.weightMissing && !r.weightDecoded);
    if (printed.length !== t.rows.length || printed.length === 0) continue;
    out.push(...blockFrames(t, file));
    const frame = frameCheck(t, file);
    if (frame) out.push(frame);
    out.push(...totalAgainstParts(x, t, file));
  }
  return out;
}

function confidenceOf(rows: readonly IndicatorRow[]): Confidence {
  return rows.some((r) => r.confidence === 'guessed') ? 'guessed' : 'sure';
}

const FRAME_OF_LABEL = /[（(](\d+(?:\.\d+)?)分?[）)]/;

function blockFrames(t: IndicatorTable, file?: string): AuditFinding[] {
  const out: AuditFinding[] = [];
  const where = (c: IndicatorRow['level1Cell']) =>
    c
      ? `${c.evidence.source.paragraph ?? ''}|${c.evidence.source.table ?? ''}|${c.evidence.source.row ?? ''}|${c.text}`
      : '';
  // Two readings of the blocks: by every 一级 label, and by the framed labels only (a frameless label such
  // as 成本指标 may be a 二级 block of the framed one above it). A frame is wrong only when neither fits.
  const groups = new Map<string, IndicatorRow[]>();
  const framedOnly = new Map<string, number>();
  let framedKey = '';
  for (const r of t.rows) {
    const framed = r.level1Cell !== undefined && FRAME_OF_LABEL.test(r.level1Cell.text);
    if (framed) framedKey = where(r.level1Cell);
    if (framedKey !== '') framedOnly.set(framedKey, (framedOnly.get(framedKey) ?? 0) + 1);
    if (!r.level1Cell || !framed) continue;
    const key = where(r.level1Cell);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const sumOfFramed = (key: string) => {
    const start = t.rows.findIndex((r) => where(r.level1Cell) === key);
    return sum(t.rows.slice(start, start + (framedOnly.get(key) ?? 0)).map((r) => dec(r.weight.token.value)));
  };
  const entries = [...groups.entries()];
  // The last block of a table with no total row may go on past the end of what was read.
  const complete = t.totalRow ? entries : entries.slice(0, -1);
  const checked = complete
    .filter(([key, rows]) => {
      const framed = FRAME_OF_LABEL.exec(rows[0]?.level1Cell?.text ?? '')?.[1];
      return !(framed && sumOfFramed(key).eq(dec(framed)));
    })
    .map(([, rows]) => rows);
  for (const rows of checked) {
    const cell = rows[0]?.level1Cell;
    const framed = cell ? FRAME_OF_LABEL.exec(cell.text)?.[1] : undefined;
    if (!cell || !framed) continue;
    // A block cut off by the end of the excerpt says nothing about its frame.
    if (rows.some((r) => !r.score)) continue;
    const weights = rows.map((r) => dec(r.weight.token.value));
    const total = sum(weights);
    if (total.eq(dec(framed))) continue;
    out.push(
      makeFinding({
        code: 'text.block-frame',
        severity: 'error',
        confidence: confidenceOf(rows),
        file,
        evidence: [cell.evidence, ...rows.map((r) => r.weight.cell.evidence)],
        message: {
          zh: `「${cell.text}」下各三级指标分值合计 ${show(total)} 分，与所列 ${framed} 分不符`,
          en: `the weights under "${cell.text}" add up to ${show(total)}, not the ${framed} it prints`,
        },
        recomputation: {
          zh: `${weights.map((w) => show(w)).join(' + ')} = ${show(total)}`,
          en: `${weights.map((w) => show(w)).join(' + ')} = ${show(total)}`,
        },
        expected: framed,
        actual: show(total),
      }),
    );
  }
  return out;
}

function frameCheck(t: IndicatorTable, file?: string): AuditFinding | undefined {
  if (!t.frame || t.rows.some((r) => !r.score)) return undefined;
  const weights = t.rows.map((r) => dec(r.weight.token.value));
  const total = sum(weights);
  if (total.eq(dec(t.frame.token.value))) return undefined;
  return makeFinding({
    code: 'text.block-frame',
    severity: 'error',
    confidence: confidenceOf(t.rows),
    file,
    evidence: [t.frame.cell.evidence],
    message: {
      zh: `「${t.frame.cell.text}」所列 ${t.frame.token.value} 分，表中各指标分值合计 ${show(total)} 分`,
      en: `the form frames the indicators at ${t.frame.token.value}, their weights add up to ${show(total)}`,
    },
    recomputation: {
      zh: `${weights.map((w) => show(w)).join(' + ')} = ${show(total)}`,
      en: `${weights.map((w) => show(w)).join(' + ')} = ${show(total)}`,
    },
    expected: t.frame.token.value,
    actual: show(total),
  });
}

/** The stated 总分 against the execution score plus every indicator score, and against the weights' ceiling. */
function totalAgainstParts(x: Extraction, t: IndicatorTable, file?: string): AuditFinding[] {
  const stated = t.totalRow?.score;
  if (!stated || t.rows.some((r) => !r.score) || t.rows.some((r) => r.isExecution)) return [];
  const funds = x.fundsTables[0];
  const parts: Decimal[] = [
    ...(funds?.score ? [dec(funds.score.token.value)] : []),
    ...t.rows.map((r) => dec(r.score?.token.value ?? '0')),
  ];
  const scoreSum = sum(parts);
  const out: AuditFinding[] = [];
  // Only weights that fill the form (100 with the execution part) show that no row was lost in reading.
  const filled = sum([
    ...(funds?.weight ? [dec(funds.weight.token.value)] : []),
    ...t.rows.map((r) => dec(r.weight.token.value)),
  ]).eq(100);
  const confidence: Confidence = filled ? confidenceOf(t.rows) : 'guessed';
  const kind = compareWritten(stated.token.value, scoreSum);
  const severity = severityFor(kind, 'error');
  if (severity && funds?.score) {
    out.push(
      makeFinding({
        code: 'text.total-score',
        severity,
        confidence,
        file,
        evidence: [stated.cell.evidence, funds.score.cell.evidence],
        message: {
          zh: `总分写作 ${stated.token.value} 分，预算执行得分与各指标得分合计为 ${show(scoreSum)} 分`,
          en: `total stated as ${stated.token.value}, the execution score and indicator scores add up to ${show(scoreSum)}`,
        },
        recomputation: {
          zh: `${parts.map((v) => show(v)).join(' + ')} = ${show(scoreSum)}`,
          en: `${parts.map((v) => show(v)).join(' + ')} = ${show(scoreSum)}`,
        },
        expected: show(scoreSum),
        actual: stated.token.value,
      }),
    );
  }
  const ceiling = sum([
    ...(funds?.weight ? [dec(funds.weight.token.value)] : []),
    ...t.rows.map((r) => dec(r.weight.token.value)),
  ]);
  if (funds?.weight && dec(stated.token.value).greaterThan(ceiling)) {
    out.push(
      makeFinding({
        code: 'text.total-above-ceiling',
        severity: 'error',
        confidence,
        file,
        evidence: [stated.cell.evidence],
        message: {
          zh: `总分 ${stated.token.value} 分超过各项分值之和 ${show(ceiling)} 分（任何一项得分都不能超过其分值）`,
          en: `the total ${stated.token.value} is above the ${show(ceiling)} the weights allow`,
        },
        recomputation: {
          zh: `${funds.weight.token.value} + ${t.rows.map((r) => r.weight.token.value).join(' + ')} = ${show(ceiling)}`,
          en: `${funds.weight.token.value} + ${t.rows.map((r) => r.weight.token.value).join(' + ')} = ${show(ceiling)}`,
        },
        expected: `≤ ${show(ceiling)}`,
        actual: stated.token.value,
      }),
    );
  }
  return out;
}

/** Indicators listed, but not one 完成值 or 得分 and no total: the form was not filled in. */
function isBlank(t: IndicatorTable): boolean {
  return (
    t.rows.length >= 2 &&
    t.rows.every((r) => !r.score && (!r.actual || r.actual.text.trim() === '')) &&
    !t.totalRow?.score
  );
}

function blankForm(t: IndicatorTable, file?: string): AuditFinding {
  return makeFinding({
    code: 'text.form-incomplete',
    severity: 'warning',
    confidence: 'likely',
    file,
    evidence: t.rows.slice(0, 2).map((r) => r.name.evidence),
    message: {
      zh: `自评表列出 ${t.rows.length} 项绩效指标，但未填写实际完成值、得分和总分：表未填完，无法审核`,
      en: `the form lists ${t.rows.length} indicators but no actual values, scores or total: it was not filled in`,
    },
    recomputation: {
      zh: `${t.rows.length} 项指标均无完成值与得分`,
      en: `none of the ${t.rows.length} indicators has an actual value or a score`,
    },
  });
}
