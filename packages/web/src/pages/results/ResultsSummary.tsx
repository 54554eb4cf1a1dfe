import { Card, Table } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/I18nProvider';
import { showDecimal } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { type ResultsDepartment, resultsApi } from './results-api';
import '../../i18n/areas/results';

const amount = (v: string) => showDecimal(v, 2);

/**
 * The overview's 结果应用 by 主管部门: the year's approved evaluations, each department's 全年预算数 and the
 * suggested change (the same list as /results, whose figures the domain computes); nothing when there is none.
 */
export function ResultsSummary({
  fiscalYear,
  organisationId,
}: {
  fiscalYear: number;
  organisationId?: string | undefined;
}) {
  const { t } = useI18n();
  const state = useAsync(
    (signal) => resultsApi.list({ fiscalYear, ...(organisationId ? { organisationId } : {}) }, signal),
    `${fiscalYear}:${organisationId ?? ''}`,
  );
  const departments = state.data?.departments ?? [];
  if (departments.length === 0) return null;
  return (
    <Card
      size="small"
      title={t('results.summaryTitle')}
      extra={<Link to="/results">{t('results.openList')}</Link>}
      data-testid="results-summary"
    >
      <Table<ResultsDepartment>
        size="small"
        pagination={false}
        rowKey={(d) => d.departmentId ?? '-'}
        dataSource={departments}
        columns={[
          {
            title: t('results.col.department'),
            key: 'department',
            render: (_, d) => d.departmentName ?? t('results.noDepartment'),
          },
          {
            title: t('results.col.units'),
            key: 'units',
            width: 80,
            render: (_, d) => d.units.length,
          },
          {
            title: t('results.col.budget'),
            key: 'budget',
            align: 'right',
            render: (_, d) => amount(d.budget),
          },
          {
            title: t('results.col.change'),
            key: 'change',
            align: 'right',
            render: (_, d) => amount(d.change),
          },
        ]}
      />
    </Card>
  );
}
