import type { Finding } from '../checks/finding';
import { decimalText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import type { MonitoredFundsRow, MonitoringReport } from '../model/monitoring';
import { formatPath } from '../model/parse';
import { dec, sum } from '../money/decimal';
import { LIGHT_LABEL } from './lights';
import { monitoringMessage } from './messages';
import { monitoringLabel } from './parse';
import type { IndicatorProgress } from './result';

type Column = keyof MonitoredFundsRow;
const COLUMNS: readonly Column[] = ['budget', 'executed', 'expectedAnnual'];
const COLUMN_LABEL: Record<Column, Localized> = {
  budget: { zh: '年初预算数', en: 'budget' },
  executed: { zh: '执行数', en: 'executed to date' },
  expectedAnnual: { zh: '全年预计执行数', en: 'expected for the year' },
};
const ROWS = ['total', 'fiscalAppropriation', 'otherFunds'] as const;

function at(path: PropertyKey[], report: MonitoringReport) {
  return { path: formatPath(path), label: monitoringLabel(path, report).zh };
}

/** Inconsistencies of the report itself (codes `monitoring.*`, documented in docs/monitoring.md). */
export function monitoringFindings(
  report: MonitoringReport,
  indicators: readonly IndicatorProgress[],
): Finding[] {
  return [...partsFindings(report), ...rowFindings(report), ...indicatorFindings(report, indicators)];
}

/** 其中 rows: both given must add up to 年度资金总额; one given must not exceed it. */
function partsFindings(report: MonitoringReport): Finding[] {
  const { total, fiscalAppropriation, otherFunds } = report.funds;
  const out: Finding[] = [];
  for (const column of COLUMNS) {
    const whole = total[column];
    const parts = [fiscalAppropriation?.[column], otherFunds?.[column]].filter(
      (p): p is string => p !== undefined,
    );
    if (whole === undefined || parts.length === 0) continue;
    const partsSum = sum(parts.map((p) => dec(p)));
    const both = parts.length === 2;
    if (both ? partsSum.equals(dec(whole)) : !partsSum.greaterThan(dec(whole))) continue;
    const params = { column: COLUMN_LABEL[column], total: decimalText(dec(whole)) };
    const message = both
      ? monitoringMessage('finding.partsMismatch', { ...params, parts: decimalText(partsSum) })
      : monitoringMessage('finding.partsOverTotal', { ...params, part: decimalText(partsSum) });
    out.push({
      code: 'monitoring.funds-parts-mismatch',
      severity: 'error',
      message: message.text,
      location: at(['funds', 'total', column], report),
      expected: dec(whole).toFixed(),
      actual: partsSum.toFixed(),
      numbers: { total: dec(whole).toFixed(), parts: partsSum.toFixed() },
    });
  }
  return out;
}

/** Per funds row: executed ≤ budget, expected for the year ≥ executed to date. */
function rowFindings(report: MonitoringReport): Finding[] {
  const out: Finding[] = [];
  for (const key of ROWS) {
    const row = report.funds[key];
    if (!row) continue;
    const name = monitoringLabel(['funds', key], report);
    const { budget, executed, expectedAnnual } = row;
    if (budget !== undefined && executed !== undefined && dec(executed).greaterThan(dec(budget))) {
      const m = monitoringMessage('finding.executedOverBudget', {
        row: name,
        executed: decimalText(dec(executed)),
        budget: decimalText(dec(budget)),
      });
      out.push({
        code: 'monitoring.executed-over-budget',
        severity: 'error',
        message: m.text,
        location: at(['funds', key, 'executed'], report),
        expected: dec(budget).toFixed(),
        actual: dec(executed).toFixed(),
        numbers: { budget: dec(budget).toFixed(), executed: dec(executed).toFixed() },
      });
    }
    if (
      expectedAnnual !== undefined &&
      executed !== undefined &&
      dec(expectedAnnual).lessThan(dec(executed))
    ) {
      const m = monitoringMessage('finding.expectedBelowExecuted', {
        row: name,
        expected: decimalText(dec(expectedAnnual)),
        executed: decimalText(dec(executed)),
      });
      out.push({
        code: 'monitoring.expected-below-executed',
        severity: 'error',
        message: m.text,
        location: at(['funds', key, 'expectedAnnual'], report),
        expected: dec(executed).toFixed(),
        actual: dec(expectedAnnual).toFixed(),
        numbers: { executed: dec(executed).toFixed(), expectedAnnual: dec(expectedAnnual).toFixed() },
      });
    }
  }
  return out;
}

/** A red light said to be 确定能 without measures; a red or yellow light without any 偏差原因. */
function indicatorFindings(report: MonitoringReport, progress: readonly IndicatorProgress[]): Finding[] {
  const out: Finding[] = [];
  for (const p of progress) {
    const row = report.indicators[p.index];
    if (!row) continue;
    if (p.light === 'red' && row.likelihood === 'certain' && !row.measures?.trim()) {
      out.push({
        code: 'monitoring.certain-on-red',
        severity: 'warning',
        message: monitoringMessage('finding.certainOnRed', { name: row.name }).text,
        location: at(['indicators', p.index, 'likelihood'], report),
        actual: row.likelihood,
      });
    }
    const hasCause = Object.values(row.deviation).some((text) => text !== undefined && text.trim() !== '');
    if ((p.light === 'red' || p.light === 'yellow') && !hasCause) {
      out.push({
        code: 'monitoring.deviation-cause-missing',
        severity: 'warning',
        message: monitoringMessage('finding.deviationMissing', {
          name: row.name,
          light: LIGHT_LABEL[p.light],
        }).text,
        location: at(['indicators', p.index, 'deviation'], report),
      });
    }
  }
  return out;
}
