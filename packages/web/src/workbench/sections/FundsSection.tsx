import { FUNDS_ROW_KEYS } from '@jixiao/domain';
import { Checkbox, Space, Table, Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { showDecimal, showPercent } from '../../lib/format';
import { rowRateText } from '../../lib/funds-rate';
import { DecimalField, TextField } from '../fields';
import { useWorkbench } from '../WorkbenchContext';
import '../../i18n/areas/workbench';

type RowKey = 'total' | (typeof FUNDS_ROW_KEYS)[number];
const ROWS: RowKey[] = ['total', ...FUNDS_ROW_KEYS];

/**
 * 资金情况 in the official layout: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, for 年度资金总额
 * and its 其中 rows. The total row's rate and score come from the engine; a 其中 row's rate is shown for
 * reference only, by the same formula (executed ÷ the rule set's denominator, rounded as it rounds rates).
 */
export function FundsSection() {
  const { t, lang } = useI18n();
  const { draft, live, setField, readOnly } = useWorkbench();
  const exec = live.outcome?.result.execution;
  const rs = live.ruleSet;
  const manual = draft.executionManualScore !== undefined;

  const columns = [
    {
      title: t('wb.funds.row'),
      dataIndex: 'key',
      width: 150,
      render: (k: RowKey) => <Typography.Text strong={k === 'total'}>{t(`wb.funds.${k}`)}</Typography.Text>,
    },
    ...(['initialBudget', 'adjustedBudget', 'executed'] as const).map((col) => ({
      title: t(`wb.funds.${col}`),
      dataIndex: col,
      render: (_: unknown, r: { key: RowKey }) => (
        <DecimalField
          path={`funds.${r.key}.${col}`}
          ariaLabel={`${t(`wb.funds.${r.key}`)} ${t(`wb.funds.${col}`)}`}
        />
      ),
    })),
    {
      title: t('wb.funds.weight'),
      dataIndex: 'weight',
      width: 70,
      align: 'right' as const,
      render: (_: unknown, r: { key: RowKey }) => (r.key === 'total' ? (rs?.execution.weight ?? '—') : '—'),
    },
    {
      title: t('wb.funds.rate'),
      dataIndex: 'rate',
      width: 90,
      align: 'right' as const,
      render: (_: unknown, r: { key: RowKey }) =>
        r.key === 'total' ? (
          <span data-testid="execution-rate">{showPercent(exec?.ratePercent, rs?.rounding.ratePlaces)}</span>
        ) : (
          <span className="jx-muted">{rowRateText(draft.funds[r.key], rs)}</span>
        ),
    },
    {
      title: t('wb.funds.score'),
      dataIndex: 'score',
      width: 80,
      align: 'right' as const,
      render: (_: unknown, r: { key: RowKey }) =>
        r.key === 'total' && exec ? (
          <Tooltip title={exec.explanation[lang]}>
            <span data-testid="execution-score">
              {showDecimal(exec.score, rs?.rounding.scorePlaces ?? 2)}
            </span>
          </Tooltip>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <div data-path="funds">
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        columns={columns}
        dataSource={ROWS.map((key) => ({ key }))}
        bordered
      />
      {exec && (
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
          {exec.explanation[lang]}
        </Typography.Paragraph>
      )}
      <Space style={{ marginTop: 8 }} align="start" data-path="executionManualScore">
        <Checkbox
          checked={manual}
          disabled={readOnly}
          onChange={(e) =>
            setField('executionManualScore', e.target.checked ? { score: '', reason: '' } : undefined)
          }
        >
          {t('wb.funds.manualScore')}
        </Checkbox>
        {manual && (
          <>
            <DecimalField
              path="executionManualScore.score"
              ariaLabel={t('wb.funds.score')}
              style={{ width: 100 }}
            />
            <TextField
              path="executionManualScore.reason"
              ariaLabel={t('wb.funds.manualReason')}
              placeholder={t('wb.funds.manualReason')}
              style={{ width: 360 }}
            />
          </>
        )}
      </Space>
    </div>
  );
}
