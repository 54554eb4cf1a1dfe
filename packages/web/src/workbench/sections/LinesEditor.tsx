import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { getAt } from '../../lib/json-path';
import { useWorkbench } from '../WorkbenchContext';
import '../../i18n/areas/workbench';

export interface LineColumn {
  key: string;
  title: string;
  width?: number;
  render: (path: string) => ReactNode;
}

/** An editable list of breakdown lines (收入/支出 items): one row per array element at `path`. */
export function LinesEditor({
  path,
  columns,
  newLine,
}: {
  path: string;
  columns: LineColumn[];
  newLine: () => object;
}) {
  const { t } = useI18n();
  const { draft, update, readOnly } = useWorkbench();
  const raw = getAt(draft, path);
  const lines = Array.isArray(raw) ? raw : [];
  const setLines = (next: unknown[]) =>
    update((d) => {
      const segs = path.split('.');
      const copy: Record<string, unknown> = { ...d };
      let cur = copy;
      for (const seg of segs.slice(0, -1)) {
        const child = cur[seg];
        const nextChild = typeof child === 'object' && child !== null ? { ...child } : {};
        cur[seg] = nextChild;
        cur = nextChild as Record<string, unknown>;
      }
      cur[segs[segs.length - 1] ?? ''] = next;
      return copy as typeof d;
    });
  return (
    <div data-path={path}>
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={lines.map((_, i) => ({ i }))}
        locale={{ emptyText: '—' }}
        columns={[
          ...columns.map((c) => ({
            title: c.title,
            key: c.key,
            ...(c.width ? { width: c.width } : {}),
            render: (_: unknown, r: { i: number }) => c.render(`${path}[${r.i}].${c.key}`),
          })),
          // Read-only, the actions column goes, as in the indicator grid.
          ...(readOnly
            ? []
            : [
                {
                  title: t('common.actions'),
                  key: 'ops',
                  width: 60,
                  render: (_: unknown, r: { i: number }) => (
                    <Button
                      type="text"
                      danger
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('common.delete')}
                      onClick={() => setLines(lines.filter((_l, j) => j !== r.i))}
                    />
                  ),
                },
              ]),
        ]}
      />
      {!readOnly && (
        <Button
          size="small"
          icon={<PlusOutlined />}
          style={{ marginTop: 6 }}
          onClick={() => setLines([...lines, newLine()])}
        >
          {t('wb.line.add')}
        </Button>
      )}
    </div>
  );
}
