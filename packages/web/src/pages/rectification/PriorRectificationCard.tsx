import { Card, Table } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { useAsync } from '../../lib/use-async';
import { RectificationStatusTags } from './RectificationTags';
import { type RectificationItem, rectificationApi } from './rectification-api';
import '../../i18n/areas/rectification';

/**
 * Last year's rectification items of the unit, open and closed, shown where it declares next year's targets
 * (GET /api/organisations/{id}/rectification/prior-year): what was found and what has been done about it.
 */
export default function PriorRectificationCard({
  organisationId,
  fiscalYear,
}: {
  organisationId: string;
  fiscalYear: number;
}) {
  const { t } = useI18n();
  const prior = useAsync(
    (signal) => rectificationApi.priorYear(organisationId, fiscalYear, signal),
    `${organisationId}:${fiscalYear}`,
  );
  return (
    <Card
      size="small"
      title={t('rect.prior.title', { year: fiscalYear - 1 })}
      data-testid="prior-rectification"
    >
      <Table<RectificationItem>
        size="small"
        rowKey="id"
        pagination={false}
        loading={prior.status === 'loading'}
        locale={{ emptyText: t('rect.prior.none') }}
        dataSource={prior.data?.items ?? []}
        columns={[
          { title: t('rect.col.source'), render: (_, r) => t(`rect.source.${r.source.kind}`) },
          { title: t('rect.col.problem'), dataIndex: 'problem' },
          { title: t('rect.col.measure'), dataIndex: 'measure' },
          { title: t('rect.col.report'), render: (_, r) => r.report ?? '—' },
          {
            title: t('rect.col.status'),
            render: (_, r) => <RectificationStatusTags status={r.status} overdue={r.overdue} />,
          },
        ]}
      />
    </Card>
  );
}
