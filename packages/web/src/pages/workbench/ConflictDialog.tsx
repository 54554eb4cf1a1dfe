import { Button, Modal, Space, Table, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { showDateTime } from '../../lib/format';
import { diffDrafts } from '../../workbench/diff';
import { fieldLabel } from '../../workbench/field-label';
import type { Conflict } from './use-evaluation-editor';

/** A save conflict: both versions side by side, field by field; the user chooses which to keep. */
export function ConflictDialog({
  conflict,
  onKeepMine,
  onKeepTheirs,
  busy,
}: {
  conflict: Conflict;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
  busy: boolean;
}) {
  const { t, lang } = useI18n();
  const diffs = diffDrafts(conflict.mine, conflict.theirs.evaluation);
  return (
    <Modal
      open
      width={880}
      title={t('wb.conflict.title')}
      closable={false}
      mask={{ closable: false }}
      footer={
        <Space>
          <Button onClick={onKeepTheirs} disabled={busy} data-testid="conflict-theirs">
            {t('wb.conflict.keepTheirs')}
          </Button>
          <Button type="primary" onClick={onKeepMine} loading={busy} data-testid="conflict-mine">
            {t('wb.conflict.keepMine')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>
        {t('wb.conflict.body', {
          who: conflict.theirs.updatedByName ?? t('wb.conflict.someone'),
          at: showDateTime(conflict.theirs.updatedAt, lang),
        })}
      </Typography.Paragraph>
      <Typography.Text strong>{t('wb.conflict.diffCount', { count: diffs.length })}</Typography.Text>
      <Table
        size="small"
        rowKey="path"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={diffs}
        columns={[
          { title: '', dataIndex: 'path', width: 220, render: (p: string) => fieldLabel(p, t) },
          {
            title: t('wb.conflict.mine'),
            dataIndex: 'mine',
            render: (v: string) => <Typography.Text mark>{v || '—'}</Typography.Text>,
          },
          { title: t('wb.conflict.theirs'), dataIndex: 'theirs', render: (v: string) => v || '—' },
        ]}
      />
    </Modal>
  );
}
