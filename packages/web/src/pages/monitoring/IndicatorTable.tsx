import { Button, Input, Select, Table } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import {
  DEVIATION_KEYS,
  type DraftIndicator,
  type MonitoringDraft,
  removeIndicator,
  setDeviation,
  setIndicatorValue,
  updateIndicator,
} from './draft-ops';
import { LightTag } from './LightTag';
import type { MonitoringResultJson } from './monitoring-api';
import '../../i18n/areas/monitoring';

const COMPARATORS = ['>=', '<=', '=', 'qualitative'] as const;
const LIKELIHOODS = ['certain', 'possible', 'impossible'] as const;

interface Props {
  draft: MonitoringDraft;
  result: MonitoringResultJson | undefined;
  editable: boolean;
  onChange: (next: MonitoringDraft) => void;
}

/**
 * The indicator rows of a monitoring report: 年度指标值, 1–N月执行情况, 全年预计, 完成目标可能性 and the light,
 * with 偏差原因 by the five categories and 改进措施 in the row's details.
 */
export function IndicatorTable({ draft, result, editable, onChange }: Props) {
  const { t } = useI18n();
  const edit = (index: number, change: (row: DraftIndicator) => DraftIndicator) =>
    onChange(updateIndicator(draft, index, change));
  const text = (
    index: number,
    value: string | undefined,
    set: (row: DraftIndicator, v: string) => DraftIndicator,
    label: string,
  ) => (
    <Input
      aria-label={`${label} ${index + 1}`}
      value={value ?? ''}
      disabled={!editable}
      onChange={(e) => edit(index, (row) => set(row, e.target.value))}
    />
  );
  const rows = draft.indicators.map((row, index) => ({ key: String(index), row, index }));
  return (
    <Table
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 1100 }}
      expandable={{
        expandedRowRender: ({ row, index }) => (
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }}>
            {DEVIATION_KEYS.map((cause) => (
              <div key={cause}>
                {t(`monitoring.cause.${cause}`)}
                {text(
                  index,
                  row.deviation[cause],
                  (r, v) => setDeviation(r, cause, v),
                  t(`monitoring.cause.${cause}`),
                )}
              </div>
            ))}
            <div>
              {t('monitoring.measures')}
              {text(
                index,
                row.measures,
                (r, v) => {
                  const { measures: _m, ...rest } = r;
                  return v === '' ? rest : { ...rest, measures: v };
                },
                t('monitoring.measures'),
              )}
            </div>
          </div>
        ),
      }}
      columns={[
        {
          title: t('monitoring.col.level1'),
          width: 110,
          render: (_, { row, index }) =>
            text(index, row.level1, (r, v) => ({ ...r, level1: v }), t('monitoring.col.level1')),
        },
        {
          title: t('monitoring.col.level2'),
          width: 110,
          render: (_, { row, index }) =>
            text(index, row.level2, (r, v) => ({ ...r, level2: v }), t('monitoring.col.level2')),
        },
        {
          title: t('monitoring.col.name'),
          width: 160,
          render: (_, { row, index }) =>
            text(index, row.name, (r, v) => ({ ...r, name: v }), t('monitoring.col.name')),
        },
        {
          title: t('monitoring.col.target'),
          width: 220,
          render: (_, { row, index }) => (
            <div style={{ display: 'flex', gap: 4 }}>
              <Select
                aria-label={`${t('monitoring.col.comparator')} ${index + 1}`}
                style={{ width: 80 }}
                disabled={!editable}
                value={row.target.comparator ?? '>='}
                options={COMPARATORS.map((c) => ({ value: c, label: t(`monitoring.comparator.${c}`) }))}
                onChange={(comparator) => edit(index, (r) => ({ ...r, target: { ...r.target, comparator } }))}
              />
              {text(
                index,
                row.target.value,
                (r, v) => setIndicatorValue(r, 'target', v),
                t('monitoring.col.target'),
              )}
              {text(
                index,
                row.target.unit,
                (r, v) => {
                  const { unit: _u, ...rest } = r.target;
                  return { ...r, target: v === '' ? rest : { ...rest, unit: v } };
                },
                t('monitoring.col.unit'),
              )}
            </div>
          ),
        },
        {
          title: t('monitoring.col.progress', { month: result?.throughMonth ?? draft.throughMonth ?? 7 }),
          width: 110,
          render: (_, { row, index }) =>
            text(
              index,
              row.progress.value,
              (r, v) => setIndicatorValue(r, 'progress', v),
              t('monitoring.col.progressShort'),
            ),
        },
        {
          title: t('monitoring.col.expectedAnnual'),
          width: 110,
          render: (_, { row, index }) =>
            text(
              index,
              row.expectedAnnual.value,
              (r, v) => setIndicatorValue(r, 'expectedAnnual', v),
              t('monitoring.col.expectedAnnual'),
            ),
        },
        {
          title: t('monitoring.col.likelihood'),
          width: 130,
          render: (_, { row, index }) => (
            <Select
              aria-label={`${t('monitoring.col.likelihood')} ${index + 1}`}
              style={{ width: '100%' }}
              allowClear
              disabled={!editable}
              value={row.likelihood}
              options={LIKELIHOODS.map((l) => ({ value: l, label: t(`monitoring.likelihood.${l}`) }))}
              onChange={(likelihood?: (typeof LIKELIHOODS)[number]) =>
                edit(index, (r) => {
                  const { likelihood: _l, ...rest } = r;
                  return likelihood ? { ...rest, likelihood } : rest;
                })
              }
            />
          ),
        },
        {
          title: t('monitoring.col.light'),
          width: 90,
          render: (_, { index }) => {
            const progress = result?.indicators.find((i) => i.index === index);
            return progress ? <LightTag light={progress.light} explanation={progress.explanation} /> : '—';
          },
        },
        {
          title: '',
          width: 70,
          render: (_, { index }) =>
            editable && (
              <Button size="small" danger onClick={() => onChange(removeIndicator(draft, index))}>
                {t('common.delete')}
              </Button>
            ),
        },
      ]}
    />
  );
}
