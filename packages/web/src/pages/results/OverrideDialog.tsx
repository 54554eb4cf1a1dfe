import { Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { maxLengthOf } from '../../api/limits';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { type ResultEntry, resultsApi, SUGGESTIONS, type Suggestion } from './results-api';
import '../../i18n/areas/results';

interface Props {
  entry: ResultEntry | undefined;
  onClose: (saved: boolean) => void;
}

/**
 * The finance reviewer's override of one entry: suggestion, amount (万元, a cut negative) and the reason,
 * which is required; saved at the version the list was read at (a stale one is refused with 409).
 */
export function OverrideDialog({ entry, onClose }: Props) {
  const { t } = useI18n();
  const [openFor, setOpenFor] = useState<string>();
  const [suggestion, setSuggestion] = useState<Suggestion>('reduce');
  const [change, setChange] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  if (entry && openFor !== entry.evaluationId) {
    setOpenFor(entry.evaluationId);
    setSuggestion(entry.suggestion ?? 'reduce');
    setChange(entry.change ?? '');
    setReason(entry.reason ?? '');
    setError(undefined);
  }
  const close = (saved: boolean) => {
    setOpenFor(undefined);
    onClose(saved);
  };
  const save = async () => {
    if (!entry) return;
    if (reason.trim() === '') {
      setError(t('results.reasonRequired'));
      return;
    }
    setSaving(true);
    try {
      await resultsApi.override(entry.evaluationId, { version: entry.version, suggestion, change, reason });
      close(true);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={entry !== undefined}
      title={t('results.editTitle', { title: entry?.title ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, disabled: reason.trim() === '' }}
      onOk={save}
      onCancel={() => close(false)}
    >
      {entry && (
        <Typography.Paragraph type="secondary" data-testid="override-rule">
          {t('results.byRule', { rule: entry.ruleText })}
        </Typography.Paragraph>
      )}
      {error && (
        <p role="alert" style={{ color: '#cf1322' }}>
          {error}
        </p>
      )}
      <p>{t('results.col.suggestion')}</p>
      <Select<Suggestion>
        aria-label={t('results.col.suggestion')}
        style={{ width: '100%' }}
        value={suggestion}
        onChange={setSuggestion}
        options={SUGGESTIONS.map((s) => ({ value: s, label: t(`suggestion.${s}`) }))}
      />
      <p style={{ marginTop: 12 }}>{t('results.changeLabel')}</p>
      <Input
        aria-label={t('results.changeLabel')}
        value={change}
        onChange={(e) => setChange(e.target.value)}
      />
      <p style={{ marginTop: 12 }}>{t('results.reasonLabel')}</p>
      <Input.TextArea
        aria-label={t('results.reasonLabel')}
        value={reason}
        maxLength={maxLengthOf('PATCH /api/results/{id}', 'reason')}
        onChange={(e) => setReason(e.target.value)}
        rows={3}
      />
    </Modal>
  );
}
