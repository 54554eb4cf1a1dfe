import { Col, Form, Row } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { CountField, SelectField, TextField } from '../fields';
import { useWorkbench } from '../WorkbenchContext';
import '../../i18n/areas/workbench';

/** 基本信息: who, which year, which project, in which amount unit. */
export function BasicSection() {
  const { t } = useI18n();
  const { draft } = useWorkbench();
  const item = (label: string, node: ReactNode) => (
    <Form.Item label={label} style={{ marginBottom: 8 }}>
      {node}
    </Form.Item>
  );
  return (
    <Form layout="vertical" component="div">
      <Row gutter={16}>
        <Col span={8}>
          {item(t('wb.unitName'), <TextField path="unit.name" ariaLabel={t('wb.unitName')} />)}
        </Col>
        <Col span={4}>
          {item(t('wb.unitCode'), <TextField path="unit.code" ariaLabel={t('wb.unitCode')} />)}
        </Col>
        <Col span={6}>
          {item(t('wb.department'), <TextField path="unit.department" ariaLabel={t('wb.department')} />)}
        </Col>
        <Col span={6}>
          {item(t('wb.regionName'), <TextField path="unit.region.name" ariaLabel={t('wb.regionName')} />)}
        </Col>
        {draft.kind === 'project' && (
          <>
            <Col span={12}>
              {item(t('wb.projectName'), <TextField path="project.name" ariaLabel={t('wb.projectName')} />)}
            </Col>
            <Col span={12}>
              {item(
                t('wb.implementingUnit'),
                <TextField path="project.implementingUnit" ariaLabel={t('wb.implementingUnit')} />,
              )}
            </Col>
          </>
        )}
        <Col span={4}>
          {item(t('wb.fiscalYear'), <div style={{ paddingTop: 5 }}>{draft.fiscalYear}</div>)}
        </Col>
        <Col span={4}>
          {item(
            t('wb.amountUnit'),
            <SelectField
              path="amountUnit"
              ariaLabel={t('wb.amountUnit')}
              options={[
                { value: 'wanYuan', label: t('amountUnit.wanYuan') },
                { value: 'yuan', label: t('amountUnit.yuan') },
              ]}
            />,
          )}
        </Col>
        <Col span={4}>
          {item(t('wb.preparedBy'), <TextField path="meta.preparedBy" ariaLabel={t('wb.preparedBy')} />)}
        </Col>
        <Col span={4}>
          {item(
            t('wb.reportDate'),
            <TextField path="meta.reportDate" placeholder="2023-03-28" ariaLabel={t('wb.reportDate')} />,
          )}
        </Col>
        {draft.kind === 'unitWide' && (
          <>
            <Col span={4}>
              {item(
                t('wb.staffAuthorized'),
                <CountField path="staff.authorized" ariaLabel={t('wb.staffAuthorized')} />,
              )}
            </Col>
            <Col span={4}>
              {item(t('wb.staffActual'), <CountField path="staff.actual" ariaLabel={t('wb.staffActual')} />)}
            </Col>
          </>
        )}
      </Row>
    </Form>
  );
}
