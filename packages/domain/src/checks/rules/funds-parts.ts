import { FUNDS_ROW_KEYS, FUNDS_ROW_LABEL, type FundsRow } from '../../model/evaluation';
import type { Check } from '../check';
import { sumFindings } from '../support/sum-check';

const COLUMNS = [
  'initialBudget',
  'adjustedBudget',
  'executed',
  'fundsArrived',
] as const satisfies readonly (keyof FundsRow)[];
const COLUMN_LABEL: Record<(typeof COLUMNS)[number], { zh: string; en: string }> = {
  initialBudget: { zh: '年初预算数', en: 'initial budget' },
  adjustedBudget: { zh: '全年预算数', en: 'full-year budget' },
  executed: { zh: '全年执行数', en: 'amount executed' },
  fundsArrived: { zh: '实际到位资金', en: 'funds arrived' },
};

/**
 * 其中 rows (财政拨款 / 上年结转 / 其他资金) must add up to 年度资金总额, column by column. A column is
 * checked only when every 其中 row that is present gives it: a row left blank ("/") is unknown, not zero.
 */
export const fundsPartsMismatch: Check = {
  code: 'funds.parts-mismatch',
  severity: 'error',
  title: { zh: '资金来源其中项与年度资金总额不符', en: 'Funds rows do not add up to the annual total' },
  run({ evaluation, ruleSet }) {
    const funds = evaluation.funds;
    const rows = FUNDS_ROW_KEYS.flatMap((key) => {
      const row = funds[key];
      return row ? [{ key, row }] : [];
    });
    if (rows.length === 0) return [];
    return COLUMNS.flatMap((column) => {
      const total = funds.total[column];
      if (total === undefined) return [];
      const parts = rows.map(({ key, row }) => ({
        name: FUNDS_ROW_LABEL[key].replace('其中：', ''),
        written: row[column],
      }));
      if (parts.some((p) => p.written === undefined)) return [];
      return sumFindings(fundsPartsMismatch, {
        evaluation,
        mode: ruleSet.rounding.mode,
        total: {
          written: total,
          location: {
            path: `funds.total.${column}`,
            label: `${FUNDS_ROW_LABEL.total}「${COLUMN_LABEL[column].zh}」`,
          },
        },
        parts: parts.map((p) => ({ name: p.name, written: p.written ?? '0' })),
        partsLabel: {
          zh: `资金来源其中项的${COLUMN_LABEL[column].zh}`,
          en: `The funds rows' ${COLUMN_LABEL[column].en}`,
        },
      });
    });
  },
};
