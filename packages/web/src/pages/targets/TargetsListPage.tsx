import { Alert, Button, Card, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/SessionProvider';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { issueLines } from '../../lib/issue-lines';
import { useAsync } from '../../lib/use-async';
import { validatedValues } from '../../lib/validated-values';
import { knownRuleSets } from '../../workbench/rule-sets';
import { type DeclarationSummary, declarationApi } from './declaration-api';
import '../../i18n/areas/targets';

interface Fields {
  kind: 'project' | 'unitWide';
  fiscalYear: number;
  unitName: string;
  projectName?: string;
  ruleSet: string;
}

/** 新建申报: a draft under the preparer's unit, named and typed; the page fills in the rest. */
function CreateDeclarationDialog({ onClose }: { onClose: () => void }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form) ?? 'unitWide';
  const unit = user?.roles.find((g) => g.role === 'preparer');
  const ruleSets = knownRuleSets().filter((r) => r.kinds.includes(kind));
  const onOk = async () => {
    const v = await validatedValues(form);
    if (!v || !unit?.organisationId) return;
    setBusy(true);
    try {
      const made = await declarationApi.create(unit.organisationId, {
        kind: v.kind,
        fiscalYear: v.fiscalYear,
        ruleSet: v.ruleSet,
        unit: { name: v.unitName.trim() },
        ...(v.kind === 'project' ? { project: { name: (v.projectName ?? '').trim() } } : {}),
        funds: { annual: {} },
        goals: {},
      });
      navigate(`/targets/${made.id}`);
    } catch (e) {
      setError([errorText(t, e), ...issueLines(e, lang)].join(lang === 'zh' ? '；' : '; '));
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('targets.create')}
      onCancel={onClose}
      onOk={() => void onOk()}
      confirmLoading={busy}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          kind: 'unitWide',
          fiscalYear: new Date().getFullYear(),
          unitName: unit?.organisationName ?? '',
          ruleSet: ruleSets[0]?.id,
        }}
      >
        <Form.Item name="kind" label={t('targets.field.kind')}>
          <Radio.Group
            options={[
              { value: 'unitWide', label: t('targets.kind.unitWide') },
              { value: 'project', label: t('targets.kind.project') },
            ]}
          />
        </Form.Item>
        <Form.Item name="fiscalYear" label={t('targets.field.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} data-testid="create-year" />
        </Form.Item>
        <Form.Item
          name="unitName"
          label={t('targets.field.unit')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input data-testid="create-unit" />
        </Form.Item>
        {kind === 'project' && (
          <Form.Item
            name="projectName"
            label={t('targets.field.project')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input />
          </Form.Item>
        )}
        <Form.Item name="ruleSet" label={t('targets.field.ruleSet')} rules={[{ required: true }]}>
          <Select
            data-testid="create-rule-set"
            options={ruleSets.map((r) => ({ value: r.id, label: r.name }))}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

/** A table of declarations (the user's, or those awaiting their review), each opening its page. */
export function DeclarationTable({
  items,
  testId,
}: {
  items: readonly DeclarationSummary[];
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      data-testid={testId}
      rowKey="id"
      pagination={false}
      dataSource={[...items]}
      columns={[
        { title: t('targets.col.type'), render: () => <Tag color="purple">{t('targets.type')}</Tag> },
        { title: t('targets.col.title'), render: (_, d) => <Link to={`/targets/${d.id}`}>{d.title}</Link> },
        { title: t('targets.field.unit'), dataIndex: 'unitName' },
        { title: t('targets.field.year'), dataIndex: 'fiscalYear' },
        {
          title: t('targets.col.status'),
          render: (_, d) => (
            <Space size={4}>
              <StatusTag status={d.status} />
              {d.phase === 'adjustment' && <Tag color="orange">{t('targets.phase.adjustment')}</Tag>}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** 绩效目标: the declarations the user may read; preparers start a new one here. */
export default function TargetsListPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const [creating, setCreating] = useState(false);
  const list = useAsync((signal) => declarationApi.list({ pageSize: 100 }, signal), 'all');
  const preparer = user?.roles.some((g) => g.role === 'preparer') ?? false;
  return (
    <Card
      title={t('nav.targets')}
      extra={
        preparer && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="targets-create">
            {t('targets.create')}
          </Button>
        )
      }
    >
      {list.status === 'error' && (
        <Alert type="warning" showIcon title={t('error.loadFailed', { message: errorText(t, list.error) })} />
      )}
      <DeclarationTable items={list.data?.items ?? []} testId="targets-list" />
      {creating && <CreateDeclarationDialog onClose={() => setCreating(false)} />}
    </Card>
  );
}
