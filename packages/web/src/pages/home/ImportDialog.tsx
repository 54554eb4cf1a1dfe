import { InboxOutlined } from '@ant-design/icons';
import { listRuleSets, ruleSetText } from '@jixiao/domain';
import { Alert, Button, Form, InputNumber, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/endpoints';
import type { ImportComparison } from '../../api/types';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { issueLines } from '../../lib/issue-lines';
import '../../i18n/areas/home';

type Field = ImportComparison['mismatches'][number];
const FIELDS: readonly Field[] = ['unit', 'department', 'fiscalYear'];

/**
 * Upload an official .xlsx or the project's JSON. The file is previewed first: when its unit, 主管部门 or
 * year differs from the preparer's unit and the year chosen, both are shown and the preparer confirms
 * or refuses; refusing stores nothing. The reader's problems are listed with sheet/row/column.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { user } = useSession();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; lines: string[] }>();
  const [pending, setPending] = useState<{ file: File; comparison: ImportComparison }>();
  const [refused, setRefused] = useState(false);
  const unit = user?.roles.find((g) => g.role === 'preparer')?.organisationId;

  const run = async (work: (unitId: string) => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setRefused(false);
    try {
      if (!unit) throw new Error('no unit');
      await work(unit);
    } catch (e) {
      setPending(undefined);
      setError({ message: t('import.failed', { message: errorText(t, e) }), lines: issueLines(e, lang) });
    } finally {
      setBusy(false);
    }
  };
  const importNow = async (file: File, unitId: string, confirmed: boolean) => {
    const res = await api.importEvaluation(file, unitId, year, confirmed);
    navigate(`/evaluations/${res.id}`);
  };
  const upload = (file: File) =>
    run(async (unitId) => {
      const comparison = await api.previewImport(file, unitId, year);
      if (comparison.mismatches.length === 0) await importNow(file, unitId, false);
      else setPending({ file, comparison });
    });
  const confirm = () => pending && run((unitId) => importNow(pending.file, unitId, true));
  const refuse = () => {
    setPending(undefined);
    setRefused(true);
  };

  return (
    <Modal open title={t('import.title')} onCancel={onClose} footer={null} destroyOnHidden width={680}>
      <Typography.Paragraph type="secondary">{t('import.hint')}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t('import.year')}>
          <InputNumber
            aria-label={t('import.year')}
            min={2000}
            max={2100}
            precision={0}
            value={year}
            disabled={busy || pending !== undefined}
            onChange={(v) => typeof v === 'number' && setYear(v)}
          />
        </Form.Item>
      </Form>
      {pending ? (
        <Comparison comparison={pending.comparison} busy={busy} onConfirm={confirm} onRefuse={refuse} />
      ) : (
        <Upload.Dragger
          accept=".xlsx,.json"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('import.choose')}（.xlsx / .json）</p>
        </Upload.Dragger>
      )}
      {refused && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          title={t('import.refused')}
          data-testid="import-refused"
        />
      )}
      {error && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title={error.message}
          description={
            error.lines.length > 0 ? (
              <div>
                <div>{t('import.problemsTitle', { count: error.lines.length })}</div>
                <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 240, overflow: 'auto' }}>
                  {error.lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              </div>
            ) : undefined
          }
        />
      )}
    </Modal>
  );
}

/** The sheet's unit, 主管部门 and year beside the target's, differences marked, and the rule set kept. */
function Comparison({
  comparison,
  busy,
  onConfirm,
  onRefuse,
}: {
  comparison: ImportComparison;
  busy: boolean;
  onConfirm: () => void;
  onRefuse: () => void;
}) {
  const { t, lang } = useI18n();
  const { sheet, target, mismatches, ruleSet } = comparison;
  const shown = (side: ImportComparison['sheet'], field: Field) =>
    field === 'unit' ? side.unitName : field === 'department' ? side.department : side.fiscalYear;
  const rows = FIELDS.filter((f) => shown(sheet, f) !== undefined || shown(target, f) !== undefined).map(
    (f) => ({
      key: f,
      field: t(`import.field.${f}`),
      sheet: shown(sheet, f) ?? '—',
      target: shown(target, f) ?? '—',
      differs: mismatches.includes(f),
    }),
  );
  const known = listRuleSets().find((r) => r.id === ruleSet.id);
  return (
    <div data-testid="import-compare">
      <Alert type="warning" showIcon title={t('import.compareTitle')} style={{ marginBottom: 12 }} />
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('import.colField'), dataIndex: 'field', key: 'field' },
          { title: t('import.colSheet'), dataIndex: 'sheet', key: 'sheet' },
          { title: t('import.colTarget'), dataIndex: 'target', key: 'target' },
          {
            title: '',
            key: 'differs',
            render: (_, r) => (r.differs ? <Tag color="warning">{t('import.differs')}</Tag> : null),
          },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 12 }} data-testid="import-rule-set">
        {t('import.ruleSet', {
          name: known ? ruleSetText(known, lang).name : ruleSet.id,
          from: t(`import.ruleSetFrom.${ruleSet.from}`),
        })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('import.compareIntro', { unit: target.unitName })}
      </Typography.Paragraph>
      <Space>
        <Button type="primary" loading={busy} onClick={onConfirm} data-testid="import-confirm">
          {t('import.confirm')}
        </Button>
        <Button disabled={busy} onClick={onRefuse} data-testid="import-refuse">
          {t('import.refuse')}
        </Button>
      </Space>
    </div>
  );
}
