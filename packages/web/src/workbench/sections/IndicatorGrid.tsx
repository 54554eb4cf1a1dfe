import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  SnippetsOutlined,
} from '@ant-design/icons';
import { COMPARATOR_LABEL, COMPARATORS, TIERS } from '@jixiao/domain';
import { Alert, AutoComplete, Button, Popover, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { ClipboardEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.zh';
import { showDecimal } from '../../lib/format';
import { DecimalField, ReadOnlyValue, TextAreaField, TextField } from '../fields';
import { contentWidth, gridScroll } from '../grid-columns';
import { addRow, deleteRow, insertRows, moveRow, setComparator } from '../indicator-ops';
import type { IndicatorInput } from '../indicator-types';
import { parsePastedIndicators } from '../paste';
import { useWorkbench } from '../WorkbenchContext';
import { PasteDialog } from './PasteDialog';
import { WeightSummary } from './WeightSummary';
import '../../i18n/areas/workbench';
import '../../i18n/areas/scoring';

// Values written into the official form (data, always in Chinese), offered as suggestions — not UI text.
const LEVEL1 = ['产出指标', '效益指标', '满意度指标'];
const LEVEL2 = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
];

function AutoField({ path, options, ariaLabel }: { path: string; options: string[]; ariaLabel: string }) {
  const { draft, setField, readOnly, issueAt, showRequired } = useWorkbench();
  const { t, lang } = useI18n();
  const [, , rowStr, key] = /^(indicators)\[(\d+)\]\.(\w+)$/.exec(path) ?? [];
  const row = draft.indicators?.[Number(rowStr)];
  const value = row && key ? String((row as Record<string, unknown>)[key] ?? '') : '';
  const issue = issueAt(path);
  const show = issue && (issue.kind === 'invalid' || showRequired);
  if (readOnly)
    return (
      <div data-path={path}>
        <ReadOnlyValue value={value} ariaLabel={ariaLabel} />
      </div>
    );
  return (
    <div data-path={path}>
      <AutoComplete
        value={value}
        options={options.map((o) => ({ value: o }))}
        status={show ? 'error' : undefined}
        style={{ width: '100%' }}
        aria-label={ariaLabel}
        onChange={(v: string) => setField(path, v)}
        filterOption={(input, o) => String(o?.value ?? '').includes(input)}
      />
      {show && (
        <div style={{ color: '#ff4d4f', fontSize: 12 }}>
          {issue.kind === 'required' ? t('common.required') : issue.message[lang]}
        </div>
      )}
    </div>
  );
}

function ScoreCell({ index, row }: { index: number; row: IndicatorInput }) {
  const { t, lang } = useI18n();
  const { live, setField, readOnly } = useWorkbench();
  const scored = live.byRow.get(index);
  const places = live.ruleSet?.rounding.scorePlaces ?? 2;
  const manual = row.manualScore !== undefined;
  const noTarget = !row.target || (row.target.comparator !== 'qualitative' && !row.target.value);
  const [open, setOpen] = useState(false);
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (readOnly) return;
    if (next && !manual) setField(`indicators[${index}].manualScore`, { score: row.score ?? '', reason: '' });
    // Closing without a reason takes the row back to the rule, rather than leaving half a manual score.
    if (!next && manual && !row.manualScore?.reason?.trim())
      setField(`indicators[${index}].manualScore`, undefined);
  };
  const manualEditor = (
    // Escape closes it from any field inside, like the OK button (keyboard users need no mouse).
    <div
      style={{ width: 320 }}
      role="dialog"
      aria-label={t('wb.ind.manualTitle')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onOpenChange(false);
      }}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <DecimalField
          path={`indicators[${index}].manualScore.score`}
          ariaLabel={t('wb.ind.manualScore')}
          placeholder={t('wb.ind.manualScore')}
        />
        <TextAreaField
          path={`indicators[${index}].manualScore.reason`}
          ariaLabel={t('wb.ind.manualReason')}
          placeholder={t('wb.ind.manualReason')}
          rows={2}
        />
        <Space>
          <Button size="small" type="primary" onClick={() => onOpenChange(false)}>
            {t('common.ok')}
          </Button>
          {manual && !readOnly && (
            <Button
              size="small"
              onClick={() => {
                setField(`indicators[${index}].manualScore`, undefined);
                setOpen(false);
              }}
            >
              {t('wb.ind.manualClear')}
            </Button>
          )}
        </Space>
      </Space>
    </div>
  );
  return (
    <div data-path={`indicators[${index}].score`} style={{ textAlign: 'right' }}>
      {scored ? (
        <Tooltip title={scored.explanation[lang]}>
          <Typography.Text
            strong
            tabIndex={0}
            data-testid={`score-${index}`}
            aria-label={scored.explanation[lang]}
          >
            {showDecimal(scored.score, places)}
          </Typography.Text>
        </Tooltip>
      ) : (
        <Tooltip title={t('wb.ind.notScored')}>
          <span className="jx-muted">—</span>
        </Tooltip>
      )}
      <div>
        <Popover
          trigger="click"
          title={t('wb.ind.manualTitle')}
          content={manualEditor}
          open={open}
          onOpenChange={onOpenChange}
        >
          <Button
            size="small"
            type={manual ? 'primary' : noTarget ? 'dashed' : 'text'}
            ghost={manual}
            icon={<EditOutlined />}
            disabled={readOnly && !manual}
            style={{ paddingInline: 4, fontSize: 12 }}
            aria-label={`${t('wb.ind.manual')} ${t('wb.ind.rowLabel', { row: index + 1 })}`}
          >
            {manual || noTarget ? t('wb.ind.manualShort') : ''}
          </Button>
        </Popover>
      </div>
      {row.score !== undefined && row.score !== '' && (
        <div className="jx-muted" style={{ fontSize: 12 }}>
          {t('wb.ind.statedScore')} {row.score}
        </div>
      )}
    </div>
  );
}

export function IndicatorGrid() {
  const { t } = useI18n();
  const { draft, update, setField, readOnly, live } = useWorkbench();
  const [pasting, setPasting] = useState(false);
  const rows = draft.indicators ?? [];
  const blockLabels = live.ruleSet?.blocks.flatMap((b) => b.matches.filter((m) => m !== '*')) ?? [];
  const level1Options = [...new Set([...blockLabels, ...LEVEL1])];

  /** Several rows pasted into any cell of the grid are read as indicator rows and inserted below it. */
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (readOnly) return;
    const text = e.clipboardData.getData('text/plain');
    if (!text.includes('\t')) return;
    const target = e.target instanceof HTMLElement ? e.target.closest('[data-row]') : null;
    const after = target ? Number(target.getAttribute('data-row')) : undefined;
    const above = after !== undefined ? rows[after] : rows[rows.length - 1];
    const parsed = parsePastedIndicators(
      text,
      above ? { level1: above.level1, ...(above.level2 ? { level2: above.level2 } : {}) } : undefined,
    );
    if (parsed.rows.length === 0) return;
    e.preventDefault();
    update((d) => insertRows(d, parsed.rows, after));
  };

  const cell = (index: number, node: ReactNode) => <div data-row={index}>{node}</div>;
  const comparatorLabel = (c: (typeof COMPARATORS)[number]) =>
    c === 'qualitative' ? t('comparator.qualitative') : COMPARATOR_LABEL[c];
  // Sized to what the rows hold (and the header), so 三级指标 and 单位 read whole.
  const fit = (
    header: MessageKey,
    pick: (r: IndicatorInput) => string | undefined,
    min: number,
    max: number,
  ) => contentWidth([t(header), ...rows.map((r) => pick(r) ?? '')], { min, max });
  const w = {
    level1: fit('wb.ind.level1', (r) => r.level1, 104, 200),
    level2: fit('wb.ind.level2', (r) => r.level2, 112, 220),
    name: fit('wb.ind.name', (r) => r.name, 160, 360),
    unit: fit('wb.ind.unit', (r) => r.target?.unit, 64, 120),
  };
  const columns = [
    {
      title: '#',
      key: 'n',
      width: 32,
      render: (_: unknown, __: IndicatorInput, i: number) => i + 1,
    },
    {
      title: t('wb.ind.level1'),
      key: 'level1',
      width: w.level1,
      render: (_: unknown, __: IndicatorInput, i: number) =>
        cell(
          i,
          <AutoField
            path={`indicators[${i}].level1`}
            options={level1Options}
            ariaLabel={`${t('wb.ind.level1')} ${i + 1}`}
          />,
        ),
    },
    {
      title: t('wb.ind.level2'),
      key: 'level2',
      width: w.level2,
      render: (_: unknown, __: IndicatorInput, i: number) =>
        cell(
          i,
          <AutoField
            path={`indicators[${i}].level2`}
            options={LEVEL2}
            ariaLabel={`${t('wb.ind.level2')} ${i + 1}`}
          />,
        ),
    },
    {
      title: t('wb.ind.name'),
      key: 'name',
      width: w.name,
      render: (_: unknown, __: IndicatorInput, i: number) =>
        cell(i, <TextField path={`indicators[${i}].name`} ariaLabel={`${t('wb.ind.name')} ${i + 1}`} />),
    },
    {
      title: t('wb.ind.weight'),
      key: 'weight',
      width: 68,
      render: (_: unknown, __: IndicatorInput, i: number) =>
        cell(
          i,
          <DecimalField path={`indicators[${i}].weight`} ariaLabel={`${t('wb.ind.weight')} ${i + 1}`} />,
        ),
    },
    {
      title: t('wb.ind.comparator'),
      key: 'comparator',
      width: 80,
      render: (_: unknown, r: IndicatorInput, i: number) =>
        cell(
          i,
          <div data-path={`indicators[${i}].target.comparator`}>
            {readOnly ? (
              <ReadOnlyValue
                value={
                  r.target?.comparator ? comparatorLabel(r.target.comparator) : t('wb.ind.comparatorBlank')
                }
                ariaLabel={`${t('wb.ind.comparator')} ${i + 1}`}
              />
            ) : (
              <Select
                // A comparator the sheet leaves blank shows blank (the check names it), never a guessed ≥.
                value={r.target?.comparator}
                placeholder={t('wb.ind.comparatorBlank')}
                aria-label={`${t('wb.ind.comparator')} ${i + 1}`}
                style={{ width: '100%' }}
                popupMatchSelectWidth={false}
                options={COMPARATORS.map((c) => ({ value: c, label: comparatorLabel(c) }))}
                onChange={(c) =>
                  update((d) => ({
                    ...d,
                    indicators: (d.indicators ?? []).map((row, j) => (j === i ? setComparator(row, c) : row)),
                  }))
                }
              />
            )}
          </div>,
        ),
    },
    {
      title: t('wb.ind.target'),
      key: 'target',
      width: 96,
      render: (_: unknown, r: IndicatorInput, i: number) =>
        cell(
          i,
          r.target?.comparator === 'qualitative' ? (
            <TextField path={`indicators[${i}].target.text`} ariaLabel={`${t('wb.ind.target')} ${i + 1}`} />
          ) : (
            <DecimalField
              path={`indicators[${i}].target.value`}
              ariaLabel={`${t('wb.ind.target')} ${i + 1}`}
            />
          ),
        ),
    },
    {
      title: t('wb.ind.unit'),
      key: 'unit',
      width: w.unit,
      render: (_: unknown, __: IndicatorInput, i: number) =>
        cell(
          i,
          <TextField path={`indicators[${i}].target.unit`} ariaLabel={`${t('wb.ind.unit')} ${i + 1}`} />,
        ),
    },
    {
      title: t('wb.ind.actual'),
      key: 'actual',
      width: 112,
      render: (_: unknown, r: IndicatorInput, i: number) =>
        cell(
          i,
          r.target?.comparator === 'qualitative' ? (
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <div data-path={`indicators[${i}].actual.tier`}>
                {readOnly ? (
                  <ReadOnlyValue
                    value={r.actual?.tier ? t(`tier.${r.actual.tier}`) : ''}
                    ariaLabel={`${t('wb.ind.tier')} ${i + 1}`}
                  />
                ) : (
                  <Select
                    value={r.actual?.tier}
                    placeholder={t('wb.ind.tier')}
                    allowClear
                    aria-label={`${t('wb.ind.tier')} ${i + 1}`}
                    style={{ width: '100%' }}
                    popupMatchSelectWidth={false}
                    options={TIERS.map((tier) => ({ value: tier, label: t(`tier.${tier}`) }))}
                    onChange={(v) => setField(`indicators[${i}].actual.tier`, v ?? undefined)}
                  />
                )}
              </div>
              <TextField path={`indicators[${i}].actual.text`} ariaLabel={`${t('wb.ind.actual')} ${i + 1}`} />
            </Space>
          ) : (
            <DecimalField
              path={`indicators[${i}].actual.value`}
              ariaLabel={`${t('wb.ind.actual')} ${i + 1}`}
            />
          ),
        ),
    },
    {
      title: t('wb.ind.score'),
      key: 'score',
      width: 104,
      render: (_: unknown, r: IndicatorInput, i: number) => cell(i, <ScoreCell index={i} row={r} />),
    },
    {
      title: t('wb.ind.deviation'),
      key: 'deviation',
      width: 160,
      render: (_: unknown, __: IndicatorInput, i: number) =>
        cell(
          i,
          <TextAreaField
            path={`indicators[${i}].deviationReason`}
            ariaLabel={`${t('wb.ind.deviation')} ${i + 1}`}
            rows={1}
          />,
        ),
    },
  ];
  // Row actions stay in view however far the grid is scrolled: a sticky column at its right edge.
  const actions = {
    title: t('common.actions'),
    key: 'ops',
    width: 96,
    fixed: 'right' as const,
    render: (_: unknown, __: IndicatorInput, i: number) => (
      <Space size={0}>
        <Tooltip title={t('common.moveUp')}>
          <Button
            type="text"
            size="small"
            icon={<ArrowUpOutlined />}
            aria-label={`${t('common.moveUp')} ${i + 1}`}
            disabled={i === 0}
            onClick={() => update((d) => moveRow(d, i, -1))}
          />
        </Tooltip>
        <Tooltip title={t('common.moveDown')}>
          <Button
            type="text"
            size="small"
            icon={<ArrowDownOutlined />}
            aria-label={`${t('common.moveDown')} ${i + 1}`}
            disabled={i === rows.length - 1}
            onClick={() => update((d) => moveRow(d, i, 1))}
          />
        </Tooltip>
        <Tooltip title={t('common.delete')}>
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={`${t('common.delete')} ${i + 1}`}
            onClick={() => update((d) => deleteRow(d, i))}
          />
        </Tooltip>
      </Space>
    ),
  };
  const shown = readOnly ? columns : [...columns, actions];

  return (
    <div data-path="indicators" onPaste={onPaste}>
      {!readOnly && (
        <Space style={{ marginBottom: 8 }}>
          <Button icon={<PlusOutlined />} onClick={() => update((d) => addRow(d))}>
            {t('wb.ind.add')}
          </Button>
          <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)}>
            {t('wb.ind.paste')}
          </Button>
        </Space>
      )}
      <Table<IndicatorInput>
        className="jx-indicator-table"
        size="small"
        bordered
        pagination={false}
        rowKey={(r) => r.id ?? ''}
        dataSource={rows}
        columns={shown}
        scroll={gridScroll(shown.map((c) => c.width))}
        locale={{ emptyText: t('wb.ind.empty') }}
      />
      <WeightSummary />
      {pasting && (
        <PasteDialog
          onClose={() => setPasting(false)}
          onAppend={(pasted) => {
            update((d) => insertRows(d, pasted));
            setPasting(false);
          }}
        />
      )}
      {live.built.issues.some((i) => i.path.startsWith('indicators')) && !readOnly && (
        <Alert style={{ marginTop: 8 }} type="info" showIcon title={t('wb.ind.notScored')} />
      )}
    </div>
  );
}
