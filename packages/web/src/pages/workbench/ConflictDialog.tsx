import { Button, Modal, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { showDateTime } from '../../lib/format';
import type { MergeConflict, MergeSide } from '../../workbench/merge';
import { placeLabel } from './place-label';
import type { Conflict } from './use-evaluation-editor';
import '../../i18n/areas/workbench';

/** A conflicting value in a few words: a row by its name, a group of fields by their values. */
function shownValue(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v !== 'object') return String(v);
  if (!Array.isArray(v) && 'name' in v && typeof v.name === 'string') return v.name;
  const parts = (
    Array.isArray(v)
      ? v
      : Object.entries(v)
          .filter(([k]) => k !== 'id')
          .map(([, x]) => x)
  )
    .map(shownValue)
    .filter((s) => s !== '—');
  return parts.length ? parts.join(' / ') : '—';
}

/**
 * What a save conflict still asks after the three-way merge: only the places both sides changed
 * differently, one choice each (this window's value unless changed). The other side is named as the
 * same user in another window when it was this user.
 */
export function ConflictDialog({
  conflict,
  onSave,
  onKeepTheirs,
  busy,
}: {
  conflict: Conflict;
  onSave: (choices: Record<string, MergeSide>) => void;
  onKeepTheirs: () => void;
  busy: boolean;
}) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const [choices, setChoices] = useState<Record<string, MergeSide>>({});
  const self = !!user && conflict.theirs.updatedBy === user.id;
  const who = conflict.theirs.updatedByName ?? t('wb.conflict.someone');
  const rowLevel = (c: MergeConflict) => /^indicators\[\d+\]$/.test(c.path);
  const cell = (c: MergeConflict, v: unknown) =>
    v === undefined && rowLevel(c) ? t('wb.conflict.rowRemoved') : shownValue(v);
  const choice = (c: MergeConflict) => choices[c.key] ?? 'mine';
  const sideColumn = (side: MergeSide, title: string) => ({
    title,
    key: side,
    render: (_: unknown, c: MergeConflict) => (
      <Radio
        checked={choice(c) === side}
        onChange={() => setChoices((s) => ({ ...s, [c.key]: side }))}
        data-testid={`conflict-${side}-${c.path}`}
      >
        {cell(c, c[side])}
      </Radio>
    ),
  });
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
          <Button type="primary" onClick={() => onSave(choices)} loading={busy} data-testid="conflict-save">
            {t('wb.conflict.save')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph data-testid="conflict-body">
        {self
          ? t('wb.conflict.bodySelf', {
              at: showDateTime(conflict.theirs.updatedAt, lang),
              count: conflict.conflicts.length,
            })
          : t('wb.conflict.bodyOther', {
              who,
              at: showDateTime(conflict.theirs.updatedAt, lang),
              count: conflict.conflicts.length,
            })}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={conflict.conflicts}
        columns={[
          {
            title: t('wb.conflict.field'),
            dataIndex: 'path',
            width: 220,
            render: (p: string) => placeLabel(p, t),
          },
          sideColumn('mine', t('wb.conflict.mine')),
          sideColumn('theirs', self ? t('wb.conflict.theirsSelf') : t('wb.conflict.theirsOther', { who })),
        ]}
      />
    </Modal>
  );
}
