import type { TargetDeclaration } from '@jixiao/domain';
import { Card, Descriptions, Input, Select } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import '../../i18n/areas/targets';

type Funds = TargetDeclaration['funds']['annual'];
const FUND_PARTS = ['total', 'fiscalAppropriation', 'otherFunds'] as const;

/** A decimal string typed in, or removed when emptied (the schema reads absent, not ""). */
function setPart(funds: Funds | undefined, part: (typeof FUND_PARTS)[number], value: string): Funds {
  const { [part]: _old, ...rest } = funds ?? {};
  return value.trim() === '' ? rest : { ...rest, [part]: value.trim() };
}

/**
 * The 申报表's header: identity, 项目属性/项目期 (projects), funds 中期/年度 × 资金总额/财政拨款/其他资金,
 * 年度总体目标 and 中期目标, and 年度主要任务 for a 部门整体 declaration.
 */
export function DeclarationHeader({
  declaration: d,
  editable,
  onChange,
}: {
  declaration: TargetDeclaration;
  editable: boolean;
  onChange: (next: TargetDeclaration) => void;
}) {
  const { t } = useI18n();
  const text = (
    value: string | undefined,
    set: (v: string) => TargetDeclaration,
    testId: string,
    area = false,
  ) =>
    !editable ? (
      (value ?? '')
    ) : area ? (
      <Input.TextArea
        data-testid={testId}
        value={value ?? ''}
        autoSize
        onChange={(e) => onChange(set(e.target.value))}
      />
    ) : (
      <Input data-testid={testId} value={value ?? ''} onChange={(e) => onChange(set(e.target.value))} />
    );
  const funds = (which: 'annual' | 'midTerm') =>
    FUND_PARTS.map((part) => (
      <Descriptions.Item key={`${which}-${part}`} label={t(`targets.funds.${which}.${part}`)}>
        {text(
          d.funds[which]?.[part],
          (v) => ({ ...d, funds: { ...d.funds, [which]: setPart(d.funds[which], part, v) } }),
          `funds-${which}-${part}`,
        )}
      </Descriptions.Item>
    ));
  return (
    <Card title={t(d.kind === 'project' ? 'targets.kind.project' : 'targets.kind.unitWide')} size="small">
      <Descriptions column={3} size="small" bordered>
        <Descriptions.Item label={t('targets.field.unit')}>{d.unit.name}</Descriptions.Item>
        <Descriptions.Item label={t('targets.field.department')}>{d.unit.department ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('targets.field.year')}>{d.fiscalYear}</Descriptions.Item>
        {d.project && (
          <>
            <Descriptions.Item label={t('targets.field.project')}>{d.project.name}</Descriptions.Item>
            <Descriptions.Item label={t('targets.field.attribute')}>
              {editable ? (
                <Select
                  allowClear
                  style={{ width: 140 }}
                  value={d.project.attribute}
                  onChange={(v: 'new' | 'continuing' | undefined) => {
                    const { attribute: _a, ...rest } = d.project ?? { name: '' };
                    onChange({ ...d, project: v ? { ...rest, attribute: v } : rest });
                  }}
                  options={[
                    { value: 'new', label: t('targets.attribute.new') },
                    { value: 'continuing', label: t('targets.attribute.continuing') },
                  ]}
                />
              ) : d.project.attribute ? (
                t(`targets.attribute.${d.project.attribute}`)
              ) : (
                ''
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('targets.field.period')}>
              {text(
                d.project.periodText,
                (v) => ({ ...d, project: { ...(d.project ?? { name: '' }), periodText: v } }),
                'project-period',
              )}
            </Descriptions.Item>
          </>
        )}
        {funds('midTerm')}
        {funds('annual')}
        <Descriptions.Item label={t('targets.field.midTermGoal')} span={3}>
          {text(d.goals.midTerm, (v) => ({ ...d, goals: { ...d.goals, midTerm: v } }), 'goal-midterm', true)}
        </Descriptions.Item>
        <Descriptions.Item label={t('targets.field.annualGoal')} span={3}>
          {text(d.goals.annual, (v) => ({ ...d, goals: { ...d.goals, annual: v } }), 'goal-annual', true)}
        </Descriptions.Item>
        {d.kind === 'unitWide' &&
          d.mainTasks.map((task, i) => (
            <Descriptions.Item
              key={`task-${String(i)}`}
              label={t('targets.field.mainTask', { n: i + 1 })}
              span={3}
            >
              {task.name}
              {task.budget.total ? ` · ${task.budget.total}` : ''}
            </Descriptions.Item>
          ))}
      </Descriptions>
    </Card>
  );
}
