import { Button, Modal, Space, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { showDateTime } from '../../lib/format';
import { placeLabel } from './place-label';
import type { DraftOffer } from './use-local-draft';
import '../../i18n/areas/workbench';

const SHOWN = 8;

/** A draft left in this browser (closed tab, crash): what it changes, and restore or discard. */
export function DraftRestoreDialog({
  offer,
  onRestore,
  onDiscard,
}: {
  offer: DraftOffer;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const { t, lang } = useI18n();
  const labels = [...new Set(offer.paths.map((p) => placeLabel(p, t)))];
  return (
    <Modal
      open
      title={t('wb.draft.restoreTitle')}
      closable={false}
      mask={{ closable: false }}
      footer={
        <Space>
          <Button onClick={onDiscard} data-testid="draft-discard">
            {t('wb.draft.discard')}
          </Button>
          <Button type="primary" onClick={onRestore} data-testid="draft-restore">
            {t('wb.draft.restore')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>
        {t('wb.draft.restoreBody', { at: showDateTime(offer.local.savedAt, lang), count: labels.length })}
      </Typography.Paragraph>
      <ul data-testid="draft-differences">
        {labels.slice(0, SHOWN).map((l) => (
          <li key={l}>{l}</li>
        ))}
        {labels.length > SHOWN && <li>{t('wb.draft.restoreMore', { count: labels.length })}</li>}
      </ul>
    </Modal>
  );
}
