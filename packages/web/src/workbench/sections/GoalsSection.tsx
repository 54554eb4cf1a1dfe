import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Row } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { newRowId } from '../draft';
import { TextAreaField } from '../fields';
import { useWorkbench } from '../WorkbenchContext';
import '../../i18n/areas/workbench';

/** 年度总体目标: 预期目标 beside 实际完成情况, one pair per goal. */
export function GoalsSection() {
  const { t } = useI18n();
  const { draft, update, readOnly } = useWorkbench();
  const goals = draft.goals ?? [];
  // Goals carry no id in the model; stable React keys live beside them so a deletion keeps focus right.
  const [stored, setKeys] = useState<string[]>(() => goals.map(() => newRowId()));
  const keys = stored.length === goals.length ? stored : goals.map((_, i) => stored[i] ?? newRowId());
  return (
    <div data-path="goals">
      <Row gutter={12} style={{ fontWeight: 600, marginBottom: 4 }}>
        <Col span={11}>{t('wb.goal.expected')}</Col>
        <Col span={11}>{t('wb.goal.actual')}</Col>
      </Row>
      {goals.map((_, i) => (
        <Row gutter={12} key={keys[i]} style={{ marginBottom: 8 }}>
          <Col span={11}>
            <TextAreaField
              path={`goals[${i}].expected`}
              ariaLabel={`${t('wb.goal.expected')} ${i + 1}`}
              rows={2}
            />
          </Col>
          <Col span={11}>
            <TextAreaField
              path={`goals[${i}].actual`}
              ariaLabel={`${t('wb.goal.actual')} ${i + 1}`}
              rows={2}
            />
          </Col>
          <Col span={2}>
            {!readOnly && (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                onClick={() => {
                  setKeys(keys.filter((_k, j) => j !== i));
                  update((d) => ({ ...d, goals: (d.goals ?? []).filter((_g, j) => j !== i) }));
                }}
              />
            )}
          </Col>
        </Row>
      ))}
      {!readOnly && (
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => {
            setKeys([...keys, newRowId()]);
            update((d) => ({ ...d, goals: [...(d.goals ?? []), { expected: '' }] }));
          }}
        >
          {t('wb.goal.add')}
        </Button>
      )}
    </div>
  );
}
