import type { FUNDS_ROW_KEYS } from '../model/evaluation';

/**
 * The funds rows' labels as the official 自评表 prints them (domain-rules §1.7: 年度资金总额, 其中：当年财政拨款,
 * 上年结转资金, 其他资金 — "其中：" once, on the first sub-row). The model's own FUNDS_ROW_LABEL names the
 * rows in messages; documents that reproduce the form take these.
 */
export const FUNDS_FORM_ROW_LABEL = {
  total: '年度资金总额',
  fiscalAppropriation: '其中：当年财政拨款',
  priorYearCarryover: '上年结转资金',
  otherFunds: '其他资金',
} as const satisfies Record<'total' | (typeof FUNDS_ROW_KEYS)[number], string>;
