import { Alert, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The administration pages' edit dialog: 保存/取消, busy while saving, and above the form what the server
 * refused that no field shows (useFormSave puts the rest on the fields).
 */
export function SaveDialog({
  title,
  busy,
  unplaced,
  onSave,
  onClose,
  width,
  children,
}: {
  title: string;
  busy: boolean;
  unplaced: readonly string[];
  onSave: () => Promise<void>;
  onClose: () => void;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open
      title={title}
      {...(width ? { width } : {})}
      onOk={() => void onSave()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
    >
      {unplaced.length > 0 && (
        <Alert type="error" showIcon title={unplaced.join('；')} style={{ marginBottom: 12 }} />
      )}
      {children}
    </Modal>
  );
}
