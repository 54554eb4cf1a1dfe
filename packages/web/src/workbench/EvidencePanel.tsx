import {
  DeleteOutlined,
  DownloadOutlined,
  EyeOutlined,
  PaperClipOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { dec, FUNDS_ROW_KEYS, round } from '@jixiao/domain';
import { App, Button, Card, Empty, List, Popconfirm, Select, Space, Tag, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages.zh';
import { errorText } from '../lib/error-text';
import { showDateTime, showDecimal } from '../lib/format';
import { useAsync } from '../lib/use-async';
import type { Draft } from './draft';
import { bundleHref, type EvidenceFile, evidenceApi, evidenceHref } from './evidence-api';
import '../i18n/areas/evidence';

const FUNDS_PLACES = ['total', ...FUNDS_ROW_KEYS] as const;
const FUNDS_LABEL: Record<(typeof FUNDS_PLACES)[number], MessageKey> = {
  total: 'evidence.funds.total',
  fiscalAppropriation: 'evidence.funds.fiscalAppropriation',
  priorYearCarryover: 'evidence.funds.priorYearCarryover',
  otherFunds: 'evidence.funds.otherFunds',
};
const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg']);
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx';

/** "12.3 KB" / "4.5 MB", one decimal, through the domain's number formatting. */
function sizeText(bytes: number): string {
  const kb = dec(bytes).dividedBy(1024);
  return kb.lessThan(1024)
    ? `${showDecimal(round(kb, 1, 'halfUp'), 1)} KB`
    : `${showDecimal(round(kb.dividedBy(1024), 1, 'halfUp'), 1)} MB`;
}

/** Which rows a panel shows: the indicator table's (under it) or the funds table's (under that). */
export type EvidenceScope = 'indicators' | 'funds';

/**
 * Whose files a panel shows: an evaluation's rows of one scope (the draft names the indicator rows), or a
 * rectification item's (整改事项: the unit's answer, files without a row).
 */
export type EvidencePanelOwner =
  | { kind: 'evaluation'; id: string; draft: Draft; scope: EvidenceScope }
  | { kind: 'rectification'; id: string };

/** The rows evidence can sit on in the scope: every indicator row of the draft, or the funds rows. */
function placesOf(
  draft: Draft,
  scope: EvidenceScope,
  t: ReturnType<typeof useI18n>['t'],
): { value: string; label: string }[] {
  if (scope === 'funds')
    return FUNDS_PLACES.map((key) => ({ value: `funds.${key}`, label: t(FUNDS_LABEL[key]) }));
  return (draft.indicators ?? []).map((row, i) => ({
    value: `indicators.${i}`,
    label: t('evidence.place.indicator', { n: i + 1, name: row.name || '—' }),
  }));
}

interface Group {
  value: string;
  label: string;
  files: EvidenceFile[];
}

/** The owner's files in groups: by row for an evaluation (rows deleted since apart), one unnamed group for an item. */
function groupsOf(
  owner: EvidencePanelOwner,
  all: readonly EvidenceFile[],
  places: readonly { value: string; label: string }[],
  t: ReturnType<typeof useI18n>['t'],
): Group[] {
  if (owner.kind === 'rectification')
    return all.length > 0 ? [{ value: '', label: '', files: [...all] }] : [];
  const files = all.filter((f) => f.path.startsWith(`${owner.scope}.`));
  const groups = places
    .map((p) => ({ ...p, files: files.filter((f) => f.path === p.value) }))
    .filter((g) => g.files.length > 0);
  const gone = files.filter((f) => !places.some((p) => p.value === f.path));
  if (gone.length > 0) groups.push({ value: '', label: t('evidence.place.gone'), files: gone });
  return groups;
}

/**
 * 佐证材料 beside what they prove. For an evaluation, one panel under the indicator table and one under the
 * funds table (`scope`): the files grouped by the row they prove; for a rectification item (整改台账), the
 * unit's files for its answer. Each file with its size, the start of its SHA-256, a preview link for PDF and
 * images and a download; whoever may edit the owner now (`editable`: the preparer of an editable evaluation,
 * the unit's preparer while the item is open) uploads — to a chosen row for an evaluation — and deletes
 * (with a confirmation). Everyone else sees the same list read-only; an evaluation's panel also offers the
 * submission bundle (.zip).
 */
export function EvidencePanel({ owner, editable }: { owner: EvidencePanelOwner; editable: boolean }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const state = useAsync((signal) => evidenceApi.list(owner, signal), `${owner.kind}:${owner.id}`);
  const draft = owner.kind === 'evaluation' ? owner.draft : undefined;
  const scope = owner.kind === 'evaluation' ? owner.scope : 'rectification';
  const places = useMemo(
    () => (draft && scope !== 'rectification' ? placesOf(draft, scope, t) : []),
    [draft, scope, t],
  );
  const [place, setPlace] = useState<string>(places[0]?.value ?? 'funds.total');
  const [busy, setBusy] = useState(false);
  const labelOf = (path: string) =>
    owner.kind === 'rectification'
      ? t('evidence.place.rectification')
      : (places.find((p) => p.value === path)?.label ?? path);
  const groups = groupsOf(owner, state.data ?? [], places, t);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const saved = await evidenceApi.upload(owner, place, file);
      message.success(t('evidence.uploaded', { file: saved.fileName, place: labelOf(saved.path) }));
      state.reload();
    } catch (error) {
      message.error(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (file: EvidenceFile) => {
    setBusy(true);
    try {
      await evidenceApi.remove(file.id);
      message.success(t('evidence.deleted', { file: file.fileName }));
      state.reload();
    } catch (error) {
      message.error(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      type="inner"
      style={{ marginTop: 12 }}
      id={owner.kind === 'evaluation' ? `wb-evidence-${scope}` : undefined}
      data-testid="evidence-panel"
      data-evidence-scope={scope}
      title={
        <span>
          <PaperClipOutlined /> {t('evidence.title')}
        </span>
      }
      extra={
        owner.kind === 'evaluation' && owner.scope === 'indicators' ? (
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={bundleHref(owner.id)}
            data-testid="evidence-bundle"
          >
            {t('evidence.bundle')}
          </Button>
        ) : undefined
      }
    >
      {editable && (
        <Space wrap style={{ marginBottom: 12 }}>
          {owner.kind === 'evaluation' && (
            <Select
              style={{ minWidth: 280 }}
              value={place}
              onChange={setPlace}
              options={places}
              aria-label={t('evidence.place')}
              data-testid="evidence-place"
            />
          )}
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy} data-testid="evidence-upload">
              {t('evidence.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('evidence.limits')}</Typography.Text>
        </Space>
      )}
      {state.status === 'error' && (
        <Typography.Text type="danger">{errorText(t, state.error)}</Typography.Text>
      )}
      {state.status !== 'error' && groups.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evidence.none')} />
      )}
      {groups.map((g) => (
        <div key={g.value || 'gone'} data-testid="evidence-group" data-evidence-path={g.value}>
          {g.label && <Typography.Text strong>{g.label}</Typography.Text>}
          <List
            size="small"
            dataSource={g.files}
            renderItem={(f) => (
              <List.Item
                data-testid="evidence-file"
                actions={[
                  PREVIEWABLE.has(f.contentType) ? (
                    <a
                      key="preview"
                      href={evidenceHref(f.id, true)}
                      target="_blank"
                      rel="noreferrer"
                      data-testid="evidence-preview"
                    >
                      <EyeOutlined /> {t('evidence.preview')}
                    </a>
                  ) : null,
                  <a key="download" href={evidenceHref(f.id)} data-testid="evidence-download">
                    <DownloadOutlined /> {t('evidence.download')}
                  </a>,
                  editable ? (
                    <Popconfirm
                      key="delete"
                      title={t('evidence.confirmDelete', { file: f.fileName })}
                      okText={t('evidence.delete')}
                      onConfirm={() => remove(f)}
                    >
                      <Button
                        size="small"
                        type="link"
                        danger
                        icon={<DeleteOutlined />}
                        data-testid="evidence-delete"
                      >
                        {t('evidence.delete')}
                      </Button>
                    </Popconfirm>
                  ) : null,
                ].filter((a) => a !== null)}
              >
                <Space wrap size={6}>
                  <Typography.Text data-testid="evidence-name">{f.fileName}</Typography.Text>
                  <Tag>{sizeText(f.size)}</Tag>
                  <Typography.Text type="secondary" title={f.sha256} code>
                    SHA-256 {f.sha256.slice(0, 12)}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {f.uploadedByName ?? '—'} · {showDateTime(f.uploadedAt, lang)}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </div>
      ))}
    </Card>
  );
}
