import { DeleteOutlined, DownloadOutlined, FileSearchOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  type GetProp,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
  type UploadProps,
} from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import { type QueueState, withQueueStatus } from '../../api/heavy';
import type { AuditedFile, AuditFindingItem, AuditSeverity } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.zh';
import { errorText } from '../../lib/error-text';
import {
  exportFileName,
  exportJson,
  groupBySeverity,
  keyed,
  type SummaryRow,
  summaryRows,
  totals,
} from './audit-results';
import '../../i18n/areas/audit';
import '../../i18n/areas/scoring';

type RcFile = Parameters<GetProp<UploadProps, 'beforeUpload'>>[0];

const ACCEPT = '.docx,.pdf,.txt,.md,.markdown,.xlsx,.csv,.json';
const SEVERITY_COLOR: Record<AuditSeverity, string> = { error: 'red', warning: 'orange', info: 'blue' };
const SEVERITY_KEY: Record<AuditSeverity, MessageKey> = {
  error: 'audit.severity.error',
  warning: 'audit.severity.warning',
  info: 'audit.severity.info',
};
const CONFIDENCE_KEY: Record<AuditFindingItem['confidence'], MessageKey> = {
  sure: 'audit.confidence.sure',
  likely: 'audit.confidence.likely',
  guessed: 'audit.confidence.guessed',
};

/** Saves the results in the browser; nothing goes back to the server. */
function saveJson(files: readonly AuditedFile[]) {
  const at = new Date();
  const url = URL.createObjectURL(new Blob([exportJson(files, at)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(at);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * 报告审核: a reviewer drops self-evaluation reports written elsewhere (Word, PDF, text, or official sheets)
 * and sees, per file, what does not add up — each finding with the sentence or cell it rests on, the
 * recomputation and how sure the reading is — plus a table across files. The server keeps nothing.
 */
export default function AuditPage() {
  const { t, lang } = useI18n();
  const [pending, setPending] = useState<RcFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [queue, setQueue] = useState<QueueState>();
  const [error, setError] = useState<string>();
  const [results, setResults] = useState<AuditedFile[]>();

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const res = await withQueueStatus((headers) => api.auditReports(pending, lang, headers), setQueue);
      setResults(res.files);
      setPending([]);
    } catch (e) {
      setError(t('audit.failed', { message: errorText(t, e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('audit.hint')}
      </Typography.Paragraph>
      <Upload.Dragger
        accept={ACCEPT}
        multiple
        disabled={busy}
        fileList={pending.map((f) => ({ uid: f.uid, name: f.name, status: 'done' as const }))}
        beforeUpload={(file) => {
          setPending((list) => [...list, file]);
          return false;
        }}
        onRemove={(removed) => setPending((list) => list.filter((f) => f.uid !== removed.uid))}
        data-testid="audit-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{t('audit.choose')}</p>
        <Typography.Text type="secondary">{t('audit.formats')}</Typography.Text>
      </Upload.Dragger>
      <Space wrap>
        <Button
          type="primary"
          icon={<FileSearchOutlined />}
          disabled={pending.length === 0}
          loading={busy}
          onClick={() => void run()}
          data-testid="audit-run"
        >
          {t('audit.run', { count: pending.length })}
        </Button>
        <Button
          icon={<DeleteOutlined />}
          disabled={busy || pending.length === 0}
          onClick={() => setPending([])}
        >
          {t('audit.clear')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          disabled={!results || results.length === 0}
          onClick={() => results && saveJson(results)}
          data-testid="audit-export"
        >
          {t('audit.exportJson')}
        </Button>
        {queue && (
          <Typography.Text type="secondary" data-testid="audit-queue">
            {queue.state === 'queued' ? t('heavy.queued', { ahead: queue.ahead }) : t('heavy.running')}
          </Typography.Text>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      {results && <Results files={results} />}
    </Space>
  );
}

function Results({ files }: { files: AuditedFile[] }) {
  const { t } = useI18n();
  const sum = totals(files);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type={sum.error > 0 || sum.unreadable > 0 ? 'warning' : 'success'}
        showIcon
        title={t('audit.totals', {
          files: files.length,
          errors: sum.error,
          warnings: sum.warning,
          infos: sum.info,
          unreadable: sum.unreadable,
        })}
        description={t('audit.nothingStored')}
      />
      {files.length > 1 && <SummaryTable files={files} />}
      {keyed(files, (f) => f.name).map(({ key, item }) => (
        <FileCard key={key} file={item} />
      ))}
    </Space>
  );
}

function SummaryTable({ files }: { files: AuditedFile[] }) {
  const { t } = useI18n();
  const count = (n: number, color: string) => (n > 0 ? <Tag color={color}>{n}</Tag> : <span>0</span>);
  return (
    <Card size="small" title={t('audit.summaryTitle')}>
      <Table<SummaryRow>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={summaryRows(files)}
        data-testid="audit-summary"
        columns={[
          { title: t('audit.col.file'), dataIndex: 'name' },
          {
            title: t('audit.col.unit'),
            render: (_, r) => (r.ok ? r.unit : <Typography.Text type="danger">{r.error}</Typography.Text>),
          },
          { title: t('audit.col.year'), dataIndex: 'year', align: 'right' },
          { title: t('audit.col.totalScore'), dataIndex: 'totalScore', align: 'right' },
          { title: t('audit.col.executionRate'), dataIndex: 'executionRate', align: 'right' },
          { title: t('audit.severity.error'), align: 'right', render: (_, r) => count(r.errors, 'red') },
          {
            title: t('audit.severity.warning'),
            align: 'right',
            render: (_, r) => count(r.warnings, 'orange'),
          },
          { title: t('audit.severity.info'), align: 'right', render: (_, r) => count(r.infos, 'blue') },
        ]}
      />
    </Card>
  );
}

function summaryLine(file: AuditedFile, t: ReturnType<typeof useI18n>['t']): string {
  const s = file.summary;
  if (!s) return '';
  const parts = [
    s.unit ?? t('audit.unknownUnit'),
    s.year === null ? '' : t('audit.year', { year: s.year }),
    s.kind === null ? '' : t(s.kind === 'project' ? 'audit.kind.project' : 'audit.kind.unitWide'),
    s.executionRate === null ? '' : t('audit.executionRate', { rate: s.executionRate }),
    s.totalScore === null ? '' : t('audit.totalScore', { score: s.totalScore }),
    s.grade ? t('audit.grade', { grade: s.grade }) : '',
  ];
  return parts.filter((p) => p !== '').join(' · ');
}

function FileCard({ file }: { file: AuditedFile }) {
  const { t } = useI18n();
  const s = file.summary;
  return (
    <Card
      size="small"
      data-testid="audit-file"
      title={
        <Space wrap>
          <span>{file.name}</span>
          {s && (
            <>
              <Tag color={s.counts.error > 0 ? 'red' : 'default'}>
                {t('audit.countError', { count: s.counts.error })}
              </Tag>
              <Tag color={s.counts.warning > 0 ? 'orange' : 'default'}>
                {t('audit.countWarning', { count: s.counts.warning })}
              </Tag>
              <Tag>{t('audit.countInfo', { count: s.counts.info })}</Tag>
            </>
          )}
        </Space>
      }
    >
      {!file.ok && <Alert type="error" showIcon title={file.error?.message ?? t('audit.unreadable')} />}
      {file.ok && (
        <Typography.Paragraph type="secondary" data-testid="audit-file-summary">
          {summaryLine(file, t)}
        </Typography.Paragraph>
      )}
      {file.ok && file.findings.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.clean')} />
      )}
      {groupBySeverity(file.findings).map((g) => (
        <div key={g.severity} style={{ marginTop: 8 }}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            <Tag color={SEVERITY_COLOR[g.severity]}>{t(SEVERITY_KEY[g.severity])}</Tag>
            {t('audit.groupCount', { count: g.findings.length })}
          </Typography.Title>
          {keyed(g.findings, (f) => `${f.code}|${f.message}`).map(({ key, item }) => (
            <FindingItem key={key} finding={item} />
          ))}
        </div>
      ))}
    </Card>
  );
}

function FindingItem({ finding: f }: { finding: AuditFindingItem }) {
  const { t } = useI18n();
  return (
    <div
      data-testid="audit-finding"
      data-code={f.code}
      data-severity={f.severity}
      style={{ borderInlineStart: '3px solid #f0f0f0', paddingInlineStart: 12, marginBottom: 12 }}
    >
      <div>
        <Typography.Text strong>{f.message}</Typography.Text>{' '}
        <Tag color={f.confidence === 'sure' ? 'green' : f.confidence === 'likely' ? 'gold' : 'default'}>
          {t('audit.confidence', { level: t(CONFIDENCE_KEY[f.confidence]) })}
        </Tag>
        <Typography.Text type="secondary" code>
          {f.code}
        </Typography.Text>
      </div>
      {f.recomputation !== '' && (
        <div>
          <Typography.Text type="secondary">{t('audit.recomputation')}</Typography.Text>
          {f.recomputation}
        </div>
      )}
      {f.evidence.length === 0 && f.location.label && (
        <div>
          <Typography.Text type="secondary">{t('audit.location')}</Typography.Text>
          {f.location.label}
        </div>
      )}
      {keyed(f.evidence, (e) => `${e.where}|${e.quote}`).map(({ key, item: e }) => (
        <blockquote
          key={key}
          data-testid="audit-evidence"
          style={{ margin: '4px 0', paddingInlineStart: 8, borderInlineStart: '2px solid #d9d9d9' }}
        >
          <Typography.Text>{t('audit.evidence', { where: e.where, quote: e.quote })}</Typography.Text>
        </blockquote>
      ))}
    </div>
  );
}
