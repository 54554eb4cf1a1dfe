import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  LIBRARY_CATEGORIES,
  LIBRARY_CATEGORY_KEYS,
  LIBRARY_FIELD_LABEL,
  LIBRARY_LEVEL1,
  type LibraryCategory,
} from '@jixiao/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { categoryText, targetHint } from '../../../components/indicator-picker/entry-text';
import { type LibraryItem, libraryApi } from '../../../components/indicator-picker/library-api';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { issueLines } from '../../../lib/issue-lines';
import { useAsync } from '../../../lib/use-async';
import { EntryDialog } from './EntryDialog';
import '../../../i18n/areas/admin';

interface Filters {
  query: string;
  category?: LibraryCategory;
  level1?: string;
  includeRetired: boolean;
}

/**
 * /admin/indicator-library (财政局审核人, 系统管理员): search the library, add and edit entries, retire and
 * restore them, and move the whole library in and out as .xlsx (an import is previewed, then confirmed).
 */
export default function IndicatorLibraryPage() {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const [filters, setFilters] = useState<Filters>({ query: '', includeRetired: false });
  const [editing, setEditing] = useState<LibraryItem | 'new' | undefined>();
  const [busy, setBusy] = useState<string | null>(null);
  const state = useAsync((signal) => libraryApi.search(filters, signal), JSON.stringify(filters));
  const set = (change: Partial<Filters>) => setFilters((f) => ({ ...f, ...change }));

  async function run(key: string, work: () => Promise<string>) {
    setBusy(key);
    try {
      message.success(await work());
      state.reload();
    } catch (e) {
      message.error(t('admin.library.failed', { message: errorText(t, e) }));
    } finally {
      setBusy(null);
    }
  }

  async function importFile(file: File) {
    try {
      const plan = await libraryApi.importWorkbook(file, true);
      modal.confirm({
        title: t('admin.library.previewTitle', { file: file.name }),
        content: t('admin.library.preview', {
          added: plan.added.length,
          changed: plan.changed.length,
          unchanged: plan.unchanged,
        }),
        okText: t('admin.library.confirmImport'),
        onOk: () =>
          run('import', async () => {
            const done = await libraryApi.importWorkbook(file, false);
            return t('admin.library.imported', { added: done.added.length, changed: done.changed.length });
          }),
      });
    } catch (e) {
      modal.error({
        title: t('admin.library.failed', { message: errorText(t, e) }),
        content: (
          <ul data-testid="library-import-issues">
            {issueLines(e, lang).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ),
      });
    }
  }

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <Typography.Title level={4}>{t('admin.library.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.library.intro')}</Typography.Paragraph>
      <Card
        size="small"
        title={
          <Space wrap>
            <Input.Search
              allowClear
              aria-label={t('library.picker.search')}
              placeholder={t('library.picker.search')}
              style={{ width: 260 }}
              onSearch={(query) => set({ query })}
            />
            <Select<LibraryCategory | 'all'>
              aria-label={t('library.picker.category')}
              style={{ width: 150 }}
              value={filters.category ?? 'all'}
              onChange={(v) => set({ category: v === 'all' ? undefined : v })}
              options={[
                { value: 'all', label: t('library.picker.allCategories') },
                ...LIBRARY_CATEGORY_KEYS.map((k) => ({ value: k, label: LIBRARY_CATEGORIES[k][lang] })),
              ]}
            />
            <Select<string>
              aria-label={t('admin.library.level1')}
              style={{ width: 150 }}
              value={filters.level1 ?? 'all'}
              onChange={(v) => set({ level1: v === 'all' ? undefined : v })}
              options={[
                { value: 'all', label: t('admin.library.allLevel1') },
                ...LIBRARY_LEVEL1.map((l) => ({ value: l, label: l })),
              ]}
            />
            <Checkbox
              checked={filters.includeRetired}
              onChange={(e) => set({ includeRetired: e.target.checked })}
            >
              {t('admin.library.includeRetired')}
            </Checkbox>
          </Space>
        }
        extra={
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('admin.library.add')}
            </Button>
            <Upload
              accept=".xlsx"
              showUploadList={false}
              beforeUpload={(file) => {
                void importFile(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={busy === 'import'}>
                {t('admin.library.import')}
              </Button>
            </Upload>
            <Button
              icon={<DownloadOutlined />}
              loading={busy === 'export'}
              onClick={() =>
                run('export', async () => {
                  await libraryApi.exportWorkbook(t('admin.library.exportName'));
                  return t('admin.library.export');
                })
              }
            >
              {t('admin.library.export')}
            </Button>
          </Space>
        }
      >
        {state.status === 'error' && (
          <Alert
            type="error"
            showIcon
            title={t('error.loadFailed', { message: errorText(t, state.error) })}
          />
        )}
        <Table<LibraryItem>
          data-testid="library-list"
          rowKey="id"
          size="small"
          loading={state.status === 'loading'}
          dataSource={state.data ?? []}
          pagination={{ pageSize: 50, showSizeChanger: false }}
          columns={[
            { title: LIBRARY_FIELD_LABEL.level1[lang], dataIndex: 'level1', width: 100 },
            { title: LIBRARY_FIELD_LABEL.level2[lang], dataIndex: 'level2', width: 130 },
            { title: LIBRARY_FIELD_LABEL.name[lang], dataIndex: 'name' },
            { title: t('library.picker.category'), width: 140, render: (_, r) => categoryText(r, lang) },
            {
              title: t('admin.library.target'),
              width: 110,
              render: (_, r) => targetHint(r, t('library.qualitative')),
            },
            { title: LIBRARY_FIELD_LABEL.guidance[lang], dataIndex: 'guidance', ellipsis: true },
            {
              title: t('admin.library.status'),
              width: 110,
              render: (_, r) => (
                <Space size={2}>
                  {r.retired && <Tag color="red">{t('admin.library.retired')}</Tag>}
                  <Button
                    size="small"
                    danger={!r.retired}
                    loading={busy === r.id}
                    onClick={() =>
                      run(r.id, async () => {
                        await (r.retired ? libraryApi.restore : libraryApi.retire)(r.id, r.version);
                        return t(r.retired ? 'admin.library.restoredDone' : 'admin.library.retiredDone', {
                          name: r.name,
                        });
                      })
                    }
                  >
                    {t(r.retired ? 'admin.library.restore' : 'admin.library.retire')}
                  </Button>
                  {r.builtin ? (
                    <Tag>{t('admin.library.builtin')}</Tag>
                  ) : (
                    <Tag color="blue">{t('admin.library.custom')}</Tag>
                  )}
                </Space>
              ),
            },
            {
              title: t('admin.library.actions'),
              width: 130,
              render: (_, r) => (
                <Space size={4}>
                  <Button size="small" onClick={() => setEditing(r)}>
                    {t('admin.library.edit')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <EntryDialog
          {...(editing === 'new' ? {} : { item: editing })}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            state.reload();
          }}
        />
      )}
    </div>
  );
}
