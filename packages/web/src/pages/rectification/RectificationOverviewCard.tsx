import { Card, Table, Tag } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { useAsync } from '../../lib/use-async';
import { type DepartmentLine, rectificationApi } from './rectification-api';
import '../../i18n/areas/rectification';

/** The overview's rectification status by 主管部门 (GET /api/rectification/overview): items by status, overdue in red. */
export default function RectificationOverviewCard({ year }: { year: number }) {
  const { t } = useI18n();
  const state = useAsync((signal) => rectificationApi.overview(year, signal), String(year));
  return (
    <Card size="small" title={t('rect.overview.title')} data-testid="overview-rectification">
      <Table<DepartmentLine>
        size="small"
        rowKey={(r) => r.departmentId ?? ''}
        pagination={false}
        loading={state.status === 'loading'}
        dataSource={state.data?.departments ?? []}
        columns={[
          {
            title: t('rect.overview.department'),
            render: (_, r) => r.departmentName ?? t('rect.overview.direct'),
          },
          { title: t('rect.overview.total'), dataIndex: 'total', align: 'right' },
          { title: t('rect.status.pending'), dataIndex: 'pending', align: 'right' },
          { title: t('rect.status.inProgress'), dataIndex: 'inProgress', align: 'right' },
          { title: t('rect.status.reported'), dataIndex: 'reported', align: 'right' },
          { title: t('rect.status.closed'), dataIndex: 'closed', align: 'right' },
          {
            title: t('rect.overdue'),
            align: 'right',
            render: (_, r) => (r.overdue > 0 ? <Tag color="red">{r.overdue}</Tag> : 0),
          },
        ]}
      />
    </Card>
  );
}
