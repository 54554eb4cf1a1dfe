import { percentText } from '../i18n/format';
import type { MonitoringReport } from '../model/monitoring';
import { dec, HUNDRED } from '../money/decimal';
import type { MonitoringRules } from '../rules/monitoring-rules';
import { normaliseWording } from '../wording/characters';
import { monitoringMessage } from './messages';
import type { IndicatorProgress, MonitoringResult, MonitoringTrigger } from './result';

/** 二级指标 数量指标, however the sheet wrote it ("数量指标", "数量 指标", "产出数量"). */
export function isQuantityIndicator(level2: string | undefined): boolean {
  return normaliseWording(level2 ?? '')
    .replace(/\s/g, '')
    .includes('数量');
}

/**
 * What puts a project on the 重点监控 list (rule-set data; 吉林 2024 by default): nothing executed, a
 * quantity indicator behind its time-proportional target by more than the rule set's percent, a red light.
 */
export function triggersOf(
  report: MonitoringReport,
  rules: MonitoringRules,
  funds: MonitoringResult['funds'],
  indicators: readonly IndicatorProgress[],
): MonitoringTrigger[] {
  const out: MonitoringTrigger[] = [];
  const executed = report.funds.total.executed;
  if (rules.triggers.zeroExecution && executed !== undefined && dec(executed).isZero()) {
    out.push({ code: 'monitoring.zero-execution', message: monitoringMessage('trigger.zeroExecution').text });
  }
  const behind = rules.triggers.quantityBehindPercent;
  if (behind !== undefined) {
    const limit = HUNDRED.minus(dec(behind));
    for (const row of indicators) {
      const percent = row.progressPercent;
      if (!percent || !isQuantityIndicator(row.level2) || !dec(percent.value).lessThan(limit)) continue;
      const message = monitoringMessage('trigger.quantityBehind', {
        name: row.name,
        percent: percent.text,
        limit: percentText(limit),
      }).text;
      out.push({ code: 'monitoring.quantity-behind', message, indicator: row.index });
    }
  }
  if (rules.triggers.redLight) {
    if (funds.light === 'red') {
      out.push({
        code: 'monitoring.funds-red-light',
        message: monitoringMessage('trigger.fundsRedLight').text,
      });
    }
    for (const row of indicators) {
      if (row.light !== 'red') continue;
      const message = monitoringMessage('trigger.redLight', { name: row.name }).text;
      out.push({ code: 'monitoring.red-light', message, indicator: row.index });
    }
  }
  return out;
}
