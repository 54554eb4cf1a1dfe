import type { TargetDeclaration } from '@jixiao/domain';
import { Input, Modal, Table } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { AdjustmentAsked } from './declaration-api';
import { targetText } from './declaration-draft';
import '../../i18n/areas/targets';

/**
 * 调整指标值: the preparer writes the new value of the indicators to adjust and why; the rest keep their
 * target. Rows with a new value but no reason are not sent (the server would refuse them, naming each).
 */
export function AdjustDialog({
  declaration,
  onCancel,
  onConfirm,
}: {
  declaration: TargetDeclaration;
  onCancel: () => void;
  onConfirm: (adjustments: AdjustmentAsked[]) => Promise<void>;
}) {
  const { t } = useI18n();
  const [asked, setAsked] = useState<Record<number, { value: string; reason: string }>>({});
  const [busy, setBusy] = useState(false);
  const adjustments: AdjustmentAsked[] = Object.entries(asked).flatMap(([i, a]) => {
    const row = declaration.indicators[Number(i)];
    if (!row || a.value.trim() === '' || a.reason.trim() === '') return [];
    const target =
      row.target.comparator === 'qualitative'
        ? { comparator: 'qualitative' as const, text: a.value.trim() }
        : { ...row.target, value: a.value.trim() };
    return [{ index: Number(i), target, reason: a.reason.trim() }];
  });
  const set = (i: number, change: Partial<{ value: string; reason: string }>) =>
    setAsked((s) => ({ ...s, [i]: { value: '', reason: '', ...s[i], ...change } }));
  return (
    <Modal
      open
      width={900}
      title={t('targets.adjust.title')}
      okText={t('targets.adjust.submit')}
      okButtonProps={{ disabled: adjustments.length === 0, loading: busy }}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={async () => {
        setBusy(true);
        try {
          await onConfirm(adjustments);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={declaration.indicators.map((row, index) => ({ row, index }))}
        columns={[
          { title: t('targets.col.name'), render: (_, { row }) => row.name },
          { title: t('targets.col.target'), render: (_, { row }) => targetText(row.target) },
          {
            title: t('targets.adjust.newValue'),
            render: (_, { index }) => (
              <Input
                data-testid={`adjust-value-${index}`}
                value={asked[index]?.value ?? ''}
                onChange={(e) => set(index, { value: e.target.value })}
              />
            ),
          },
          {
            title: t('targets.adjust.reason'),
            render: (_, { index }) => (
              <Input
                data-testid={`adjust-reason-${index}`}
                value={asked[index]?.reason ?? ''}
                onChange={(e) => set(index, { reason: e.target.value })}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
