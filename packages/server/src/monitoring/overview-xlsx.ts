import type { Lang } from '@jixiao/domain';
import { serverMessage as m, type ServerMessageKey } from '../messages';

type Plain = Extract<
  ServerMessageKey,
  `monitoring.col.${string}` | 'monitoring.sheet' | 'monitoring.yes' | 'monitoring.no'
>;

import { type TableCell, type TableColumn, tableXlsx } from '../reports/table-xlsx';
import type { MonitoringListRow } from './overview';

/** The monitoring overview as a one-sheet workbook (reports/table-xlsx.ts), the rows in the order shown. */
export function overviewXlsx(rows: readonly MonitoringListRow[], lang: Lang): Promise<Buffer> {
  const t = (key: Plain) => m(key).text[lang];
  const pct = (v: string | null): TableCell => (v === null ? null : { number: v });
  const columns: TableColumn[] = [
    { header: t('monitoring.col.department'), width: 24 },
    { header: t('monitoring.col.organisation'), width: 24 },
    { header: t('monitoring.col.title'), width: 32 },
    { header: t('monitoring.col.status'), width: 14 },
    { header: t('monitoring.col.executionProgress'), width: 14, numberFormat: '0.00' },
    { header: t('monitoring.col.timeProgress'), width: 14, numberFormat: '0.00' },
    { header: t('monitoring.col.red'), width: 8 },
    { header: t('monitoring.col.yellow'), width: 8 },
    { header: t('monitoring.col.green'), width: 8 },
    { header: t('monitoring.col.blue'), width: 8 },
    { header: t('monitoring.col.focus'), width: 10 },
  ];
  const body = rows.map((r): TableCell[] => [
    r.departmentName ?? '',
    r.unitName,
    r.title,
    m(`status.${r.status}`).text[lang],
    pct(r.executionProgress),
    pct(r.timeProgress),
    r.redCount,
    r.yellowCount,
    r.greenCount,
    r.blueCount,
    t(r.focus ? 'monitoring.yes' : 'monitoring.no'),
  ]);
  return tableXlsx(t('monitoring.sheet'), columns, body);
}
