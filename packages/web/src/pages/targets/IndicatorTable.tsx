import type { TargetDeclaration } from '@jixiao/domain';
import { Button, Checkbox, Input, Select, Space, Table, Tag } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import {
  type IndicatorField,
  removeIndicator,
  setIndicatorField,
  setTargetField,
  targetText,
} from './declaration-draft';
import '../../i18n/areas/targets';

const COMPARATORS = ['>=', '<=', '=', 'qualitative'] as const;
const BASES = ['plan', 'industry', 'history', 'other'] as const;

/**
 * The indicator tree as rows (一级/二级/三级 per row, as the 申报表 prints it): weights, the target in
 * force, ★ core and the basis; a row not taken from the library is marked 自定义. Read-only once locked,
 * with an adjusted target shown beside the declared one.
 */
export function IndicatorTable({
  declaration,
  editable,
  onChange,
}: {
  declaration: TargetDeclaration;
  editable: boolean;
  onChange: (next: TargetDeclaration) => void;
}) {
  const { t } = useI18n();
  const field = (index: number, name: IndicatorField, value: string, testId: string) =>
    editable ? (
      <Input
        size="small"
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(setIndicatorField(declaration, index, name, e.target.value))}
      />
    ) : (
      value
    );
  return (
    <Table
      size="small"
      data-testid="declaration-indicators"
      pagination={false}
      rowKey={(_, i) => String(i)}
      dataSource={declaration.indicators.map((row, index) => ({ row, index }))}
      columns={[
        {
          title: t('targets.col.level1'),
          render: (_, { row, index }) => field(index, 'level1', row.level1, `ind-level1-${index}`),
        },
        {
          title: t('targets.col.level2'),
          render: (_, { row, index }) => field(index, 'level2', row.level2 ?? '', `ind-level2-${index}`),
        },
        {
          title: t('targets.col.name'),
          render: (_, { row, index }) => (
            <Space size={4}>
              {field(index, 'name', row.name, `ind-name-${index}`)}
              {row.libraryId === undefined && <Tag>{t('targets.custom')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('targets.col.weight'),
          width: 80,
          render: (_, { row, index }) => field(index, 'weight', row.weight, `ind-weight-${index}`),
        },
        {
          title: t('targets.col.target'),
          render: (_, { row, index }) =>
            editable ? (
              <Space.Compact size="small">
                <Select
                  size="small"
                  style={{ width: 80 }}
                  value={row.target.comparator}
                  onChange={(v: string) => onChange(setTargetField(declaration, index, 'comparator', v))}
                  options={COMPARATORS.map((c) => ({ value: c, label: t(`targets.comparator.${c}`) }))}
                />
                {row.target.comparator === 'qualitative' ? (
                  <Input
                    size="small"
                    value={row.target.text ?? ''}
                    onChange={(e) => onChange(setTargetField(declaration, index, 'text', e.target.value))}
                  />
                ) : (
                  <>
                    <Input
                      size="small"
                      style={{ width: 90 }}
                      data-testid={`ind-value-${index}`}
                      value={row.target.value ?? ''}
                      onChange={(e) => onChange(setTargetField(declaration, index, 'value', e.target.value))}
                    />
                    <Input
                      size="small"
                      style={{ width: 60 }}
                      value={row.target.unit ?? ''}
                      onChange={(e) => onChange(setTargetField(declaration, index, 'unit', e.target.value))}
                    />
                  </>
                )}
              </Space.Compact>
            ) : (
              <span data-testid={`ind-target-${index}`}>
                {targetText(row.target)}
                {row.adjustment && (
                  <Tag color={row.adjustment.approvedOn ? 'blue' : 'orange'} style={{ marginLeft: 8 }}>
                    {t(row.adjustment.approvedOn ? 'targets.adjusted' : 'targets.adjusting', {
                      target: targetText(row.adjustment.target),
                    })}
                  </Tag>
                )}
              </span>
            ),
        },
        {
          title: t('targets.col.basis'),
          render: (_, { row, index }) =>
            editable ? (
              <Select
                size="small"
                allowClear
                style={{ width: 110 }}
                value={row.basis}
                onChange={(v: string | undefined) =>
                  onChange(setIndicatorField(declaration, index, 'basis', v ?? ''))
                }
                options={BASES.map((b) => ({ value: b, label: t(`targets.basis.${b}`) }))}
              />
            ) : row.basis ? (
              t(`targets.basis.${row.basis}`)
            ) : (
              ''
            ),
        },
        {
          title: t('targets.col.core'),
          width: 60,
          render: (_, { row, index }) => (
            <Checkbox
              disabled={!editable}
              checked={row.core}
              aria-label={t('targets.col.core')}
              onChange={(e) => onChange(setIndicatorField(declaration, index, 'core', e.target.checked))}
            />
          ),
        },
        ...(editable
          ? [
              {
                title: '',
                width: 60,
                render: (_: unknown, { index }: { index: number }) => (
                  <Button
                    size="small"
                    danger
                    type="link"
                    onClick={() => onChange(removeIndicator(declaration, index))}
                  >
                    {t('targets.remove')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
