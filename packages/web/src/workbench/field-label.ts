import { type Lang, labelForPath, parsePath as parseFieldPath } from '@jixiao/domain';
import type { T } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages.zh';
import { parsePath } from '../lib/json-path';
import '../i18n/areas/workbench';

/** Words for a draft path, so a problem reads "年度资金总额 全年执行数" rather than "funds.total.executed". */
const FIELD_KEYS: Record<string, MessageKey> = {
  'unit.name': 'wb.unitName',
  'unit.code': 'wb.unitCode',
  'unit.department': 'wb.department',
  'project.name': 'wb.projectName',
  'executionManualScore.reason': 'wb.funds.manualReason',
  'executionManualScore.score': 'wb.funds.manualScore',
};
const INDICATOR_KEYS: Record<string, MessageKey> = {
  level1: 'wb.ind.level1',
  level2: 'wb.ind.level2',
  name: 'wb.ind.name',
  weight: 'wb.ind.weight',
  target: 'wb.ind.target',
  actual: 'wb.ind.actual',
  score: 'wb.ind.score',
  manualScore: 'wb.ind.manual',
  deviationReason: 'wb.ind.deviation',
};
const FUNDS_ROWS = ['total', 'fiscalAppropriation', 'priorYearCarryover', 'otherFunds'];
const FUNDS_COLS = ['initialBudget', 'adjustedBudget', 'executed'];

/**
 * The label of a draft path in the workbench's words; a path it has no words for (a finding on the whole
 * indicator table, "indicators") gets the domain's label for it, never the path itself.
 */
export function fieldLabel(path: string, t: T, lang: Lang = 'zh'): string {
  const direct = FIELD_KEYS[path];
  if (direct) return t(direct);
  const segs = parsePath(path);
  if (segs[0] === 'indicators' && typeof segs[1] === 'number') {
    const row = t('wb.ind.rowLabel', { row: segs[1] + 1 });
    const key = typeof segs[2] === 'string' ? INDICATOR_KEYS[segs[2]] : undefined;
    return key ? `${t('wb.section.indicators')} ${row} ${t(key)}` : `${t('wb.section.indicators')} ${row}`;
  }
  if (segs[0] === 'funds' && typeof segs[1] === 'string' && FUNDS_ROWS.includes(segs[1])) {
    const col =
      typeof segs[2] === 'string' && FUNDS_COLS.includes(segs[2])
        ? ` ${t(`wb.funds.${segs[2]}` as MessageKey)}`
        : '';
    return `${t(`wb.funds.${segs[1]}` as MessageKey)}${col}`;
  }
  if (segs[0] === 'goals' && typeof segs[1] === 'number') return `${t('wb.section.goals')} ${segs[1] + 1}`;
  if (segs[0] === 'narrative' && typeof segs[1] === 'string') return t(`narr.${segs[1]}` as MessageKey);
  return labelForPath(parseFieldPath(path))[lang];
}
