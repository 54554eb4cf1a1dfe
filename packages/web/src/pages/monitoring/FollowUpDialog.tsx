import { Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { type FollowUp, monitoringApi } from './monitoring-api';
import '../../i18n/areas/monitoring';

interface Props {
  target: { id: string; title: string } | undefined;
  onClose: (saved: boolean) => void;
}

/**
 * 财政 follow-up on one report: 是否需要整改, 整改要求和建议, 整改结果和结论. Reads the report first for its
 * version and what was recorded before, then saves at that version (its own route and audit entry).
 */
export function FollowUpDialog({ target, onClose }: Props) {
  const { t } = useI18n();
  const [value, setValue] = useState<FollowUp>({});
  const [version, setVersion] = useState<number>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [loadedFor, setLoadedFor] = useState<string>();
  if (target && loadedFor !== target.id) {
    setLoadedFor(target.id);
    setVersion(undefined);
    setError(undefined);
    monitoringApi.get(target.id).then(
      (r) => {
        setValue(r.followUp ?? {});
        setVersion(r.version);
      },
      (e: unknown) => setError(errorText(t, e)),
    );
  }
  const save = async () => {
    if (!target || version === undefined) return;
    setSaving(true);
    try {
      await monitoringApi.followUp(target.id, version, value);
      setLoadedFor(undefined);
      onClose(true);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setSaving(false);
    }
  };
  const text = (key: 'requirement' | 'result', v: string) => {
    const { [key]: _old, ...rest } = value;
    setValue(v === '' ? rest : { ...rest, [key]: v });
  };
  return (
    <Modal
      open={target !== undefined}
      title={`${t('monitoring.followUp')}：${target?.title ?? ''}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: version === undefined, loading: saving }}
      onOk={save}
      onCancel={() => {
        setLoadedFor(undefined);
        onClose(false);
      }}
    >
      {error && <p style={{ color: '#cf1322' }}>{error}</p>}
      <p>{t('monitoring.rectificationNeeded')}</p>
      <Radio.Group
        aria-label={t('monitoring.rectificationNeeded')}
        value={value.rectificationNeeded}
        onChange={(e) => setValue({ ...value, rectificationNeeded: e.target.value === true })}
        options={[
          { value: true, label: t('monitoring.yes') },
          { value: false, label: t('monitoring.no') },
        ]}
      />
      <p style={{ marginTop: 12 }}>{t('monitoring.requirement')}</p>
      <Input.TextArea
        aria-label={t('monitoring.requirement')}
        value={value.requirement ?? ''}
        onChange={(e) => text('requirement', e.target.value)}
      />
      <p style={{ marginTop: 12 }}>{t('monitoring.result')}</p>
      <Input.TextArea
        aria-label={t('monitoring.result')}
        value={value.result ?? ''}
        onChange={(e) => text('result', e.target.value)}
      />
    </Modal>
  );
}
