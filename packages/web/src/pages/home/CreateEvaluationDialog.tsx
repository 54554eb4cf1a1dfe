import { MAX_NAME_LENGTH, ruleSetText } from '@jixiao/domain';
import { Alert, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { administrationApi } from '../../api/administration';
import { api } from '../../api/endpoints';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { issueLines } from '../../lib/issue-lines';
import { useAsync } from '../../lib/use-async';
import { validatedValues } from '../../lib/validated-values';
import { draftForSave, emptyDraft } from '../../workbench/draft';
import { fetchRuleSet, knownRuleSets } from '../../workbench/rule-sets';
import '../../i18n/areas/home';

interface Fields {
  kind: 'project' | 'unitWide';
  fiscalYear: number;
  unitName: string;
  projectName?: string;
  ruleSet: string;
}

export function CreateEvaluationDialog({ onClose }: { onClose: () => void }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Fields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const kind = Form.useWatch('kind', form) ?? 'unitWide';
  const unitGrant = user?.roles.find((g) => g.role === 'preparer');
  const fiscalYear = Form.useWatch('fiscalYear', form);
  // The region may have assigned a rule set for the year: the server scores new evaluations with it.
  const assignment = useAsync(async (signal) => {
    if (!unitGrant?.organisationId || typeof fiscalYear !== 'number') return null;
    const id = await administrationApi.assignedRuleSet(unitGrant.organisationId, fiscalYear, signal);
    if (id) await fetchRuleSet(id, signal);
    return id;
  }, `${unitGrant?.organisationId}@${fiscalYear}`);
  const ruleSets = knownRuleSets().filter((r) => r.kinds.includes(kind));
  const assigned = ruleSets.find((r) => r.id === assignment.data);

  const onOk = async () => {
    const v = await validatedValues(form);
    if (!v) return;
    setBusy(true);
    setError(undefined);
    try {
      const draft = emptyDraft(v.kind, v.fiscalYear, v.unitName.trim(), assigned?.id ?? v.ruleSet);
      if (v.kind === 'project') draft.project = { name: (v.projectName ?? '').trim() };
      if (!unitGrant?.organisationId) throw new Error('no unit');
      const rec = await api.createEvaluation(unitGrant.organisationId, draftForSave(draft));
      navigate(`/evaluations/${rec.id}`);
    } catch (e) {
      setError([errorText(t, e), ...issueLines(e, lang)].join(lang === 'zh' ? '；' : '; '));
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('create.title')}
      onCancel={onClose}
      onOk={onOk}
      okText={t('create.submit')}
      confirmLoading={busy}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<Fields>
        form={form}
        layout="vertical"
        initialValues={{
          kind: 'unitWide',
          fiscalYear: new Date().getFullYear() - 1,
          unitName: unitGrant?.organisationName ?? '',
          ruleSet: 'mof-2020',
        }}
      >
        <Form.Item label={t('create.kind')} name="kind">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'unitWide', label: t('kind.unitWide') },
              { value: 'project', label: t('kind.project') },
            ]}
            onChange={(e) => {
              const first = knownRuleSets().find((r) => r.kinds.includes(e.target.value));
              if (first) form.setFieldValue('ruleSet', first.id);
            }}
          />
        </Form.Item>
        <Form.Item
          label={t('create.year')}
          name="fiscalYear"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          label={t('create.unitName')}
          name="unitName"
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={MAX_NAME_LENGTH} />
        </Form.Item>
        {kind === 'project' && (
          <Form.Item
            label={t('create.projectName')}
            name="projectName"
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={MAX_NAME_LENGTH} />
          </Form.Item>
        )}
        {assigned ? (
          <Form.Item label={t('create.ruleSet')}>
            <Alert
              type="info"
              showIcon
              data-testid="assigned-rule-set-note"
              title={t('create.assignedRuleSet', {
                year: fiscalYear ?? '',
                name: ruleSetText(assigned, lang).name,
              })}
            />
          </Form.Item>
        ) : (
          <Form.Item label={t('create.ruleSet')} name="ruleSet">
            <Select options={ruleSets.map((r) => ({ value: r.id, label: ruleSetText(r, lang).name }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
