import { ruleSetText } from '@jixiao/domain';
import { Alert, Space, Table, Tag } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { showDecimal } from '../../lib/format';
import { useWorkbench } from '../WorkbenchContext';
import '../../i18n/areas/workbench';
import '../../i18n/areas/scoring';

/**
 * Block subtotals (score / weight) and the weight checks that must hold before the table adds up:
 * indicator weights summing to the rule set's indicator points, and each block to its fixed points.
 */
export function WeightSummary() {
  const { t, lang } = useI18n();
  const { live } = useWorkbench();
  const result = live.outcome?.result;
  const rs = live.ruleSet;
  if (!result || !rs) return null;
  const places = rs.rounding.scorePlaces;
  const expected = rs.indicatorWeight;
  const sumOk = result.indicatorWeight.equals(expected);
  const blockProblems = result.blocks.filter((b) => b.weight && !b.indicatorWeight.equals(b.weight));
  return (
    <div style={{ marginTop: 8 }} data-testid="weight-summary">
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={result.blocks}
        columns={[
          {
            title: t('wb.ind.level1'),
            dataIndex: 'label',
            render: (l: string) => t('wb.ind.blockSubtotal', { block: l }),
          },
          {
            title: t('wb.ind.weight'),
            key: 'w',
            align: 'right',
            render: (_, b) =>
              `${showDecimal(b.indicatorWeight)}${b.weight ? ` / ${showDecimal(b.weight)}` : ''}`,
          },
          {
            title: t('wb.ind.score'),
            key: 's',
            align: 'right',
            render: (_, b) => showDecimal(b.score, places),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t('score.indicatorScore')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {showDecimal(result.indicatorWeight)} / {expected}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <strong data-testid="indicator-score">{showDecimal(result.indicatorScore, places)}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
        {sumOk ? (
          <Tag color="success">{t('wb.ind.weightSumOk', { sum: showDecimal(result.indicatorWeight) })}</Tag>
        ) : (
          <Alert
            type="error"
            showIcon
            data-testid="weight-mismatch"
            title={t('wb.ind.weightSum', { sum: showDecimal(result.indicatorWeight), expected })}
          />
        )}
        {blockProblems.map((b) => (
          <Alert
            key={b.key}
            type="warning"
            showIcon
            title={t('wb.ind.blockWeight', {
              block: ruleSetText(rs, lang).label(b.label),
              sum: showDecimal(b.indicatorWeight),
              expected: b.weight ? showDecimal(b.weight) : '',
            })}
          />
        ))}
      </Space>
    </div>
  );
}
