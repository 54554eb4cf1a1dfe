import type { EvaluationInput } from '@jixiao/domain';
import { Card, Table } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { type LiveScore, liveScore } from '../../workbench/engine';

/** Last year's key figures beside this year's, for reviewers (both computed by the same engine). */
export function PriorYearCard({ prior, live }: { prior: EvaluationInput; live: LiveScore }) {
  const { t } = useI18n();
  const before = useMemo(() => liveScore(prior), [prior]);
  const row = (label: string, pick: (l: LiveScore) => string) => ({
    label,
    prior: pick(before),
    current: pick(live),
  });
  const money = (k: 'adjustedBudget' | 'executed') => (l: LiveScore) =>
    l.built.evaluation?.funds.total[k] ?? '—';
  const rows = [
    row(t('wb.funds.adjustedBudget'), money('adjustedBudget')),
    row(t('wb.funds.executed'), money('executed')),
    row(t('score.executionRate'), (l) =>
      l.outcome?.result.execution.ratePercent ? `${l.outcome.result.execution.ratePercent.toFixed(2)}%` : '—',
    ),
    row(t('score.total'), (l) => l.outcome?.result.totalScore.toFixed(2) ?? '—'),
    row(t('score.grade'), (l) => l.outcome?.result.grade.label ?? '—'),
  ];
  return (
    <Card size="small" title={`${t('review.priorYear')} / ${t('review.thisYear')}`}>
      <Table
        size="small"
        pagination={false}
        rowKey="label"
        dataSource={rows}
        columns={[
          { title: '', dataIndex: 'label' },
          { title: `${t('review.priorYear')}（${prior.fiscalYear}）`, dataIndex: 'prior', align: 'right' },
          { title: t('review.thisYear'), dataIndex: 'current', align: 'right' },
        ]}
      />
    </Card>
  );
}
