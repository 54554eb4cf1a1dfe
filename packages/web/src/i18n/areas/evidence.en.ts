import type { zh } from './evidence.zh';

/** English: the evidence area's messages, the same keys as evidence.zh.ts. */
export const en: Record<keyof typeof zh, string> = {
  // evidence (佐证材料, issue 14 §3)
  'evidence.title': 'Evidence',
  'evidence.place': 'Row',
  'evidence.place.indicator': 'Indicator row {n} "{name}"',
  'evidence.place.gone': 'Rows no longer there',
  'evidence.place.rectification': 'the rectification item',
  'evidence.funds.total': 'Funds: total',
  'evidence.funds.fiscalAppropriation': 'Funds: of which fiscal appropriation',
  'evidence.funds.priorYearCarryover': 'Funds: of which carried over',
  'evidence.funds.otherFunds': 'Funds: of which other funds',
  'evidence.upload': 'Upload evidence',
  'evidence.limits': 'PDF, PNG, JPEG, .docx, .xlsx, up to 20 MB each',
  'evidence.none': 'No evidence yet',
  'evidence.preview': 'Preview',
  'evidence.download': 'Download',
  'evidence.delete': 'Delete',
  'evidence.confirmDelete': 'Delete evidence "{file}"? The deletion is recorded in the audit log.',
  'evidence.uploaded': 'Uploaded "{file}" to {place}',
  'evidence.deleted': 'Deleted "{file}"',
  'evidence.bundle': 'Download submission bundle',
};
