import { Alert, Input, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { IndicatorInput } from '../indicator-types';
import { parsePastedIndicators } from '../paste';
import '../../i18n/areas/workbench';

/** A place to paste rows copied from Excel/WPS, with a preview of what was recognised and every problem. */
export function PasteDialog({
  onClose,
  onAppend,
}: {
  onClose: () => void;
  onAppend: (rows: IndicatorInput[]) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const parsed = useMemo(() => parsePastedIndicators(text), [text]);
  return (
    <Modal
      open
      title={t('wb.ind.pasteTitle')}
      width={760}
      onCancel={onClose}
      okText={t('wb.ind.pasteAppend')}
      okButtonProps={{ disabled: parsed.rows.length === 0 }}
      onOk={() => onAppend(parsed.rows)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('wb.ind.pasteHint')}</Typography.Paragraph>
      <Input.TextArea
        aria-label={t('wb.ind.pasteTitle')}
        data-testid="paste-area"
        autoSize={{ minRows: 6, maxRows: 14 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ fontFamily: 'monospace' }}
      />
      <Typography.Paragraph style={{ marginTop: 8 }}>
        {t('wb.ind.pastePreview', { count: parsed.rows.length })}
      </Typography.Paragraph>
      {parsed.problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {parsed.problems.map((p) => (
                <li key={`${p.line}-${p.column}-${p.key}`}>
                  {t(p.key, { line: p.line, column: p.column, value: p.value ?? '' })}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Modal>
  );
}
