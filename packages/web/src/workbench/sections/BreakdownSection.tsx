import { INCOME_SOURCES } from '@jixiao/domain';
import { Col, Form, Row, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { DecimalField, SelectField, TextAreaField, TextField } from '../fields';
import { LinesEditor } from './LinesEditor';
import '../../i18n/areas/workbench';

/** 收入 and 支出 breakdowns as the report lists them, with the shares (占比) it states, and 结转结余. */
export function BreakdownSection() {
  const { t } = useI18n();
  const name = {
    key: 'name',
    title: t('wb.line.name'),
    render: (p: string) => <TextField path={p} ariaLabel={t('wb.line.name')} />,
  };
  const amount = {
    key: 'amount',
    title: t('wb.line.amount'),
    width: 140,
    render: (p: string) => <DecimalField path={p} ariaLabel={t('wb.line.amount')} />,
  };
  const share = {
    key: 'statedShare',
    title: t('wb.line.share'),
    width: 110,
    render: (p: string) => <DecimalField path={p} ariaLabel={t('wb.line.share')} />,
  };
  return (
    <div>
      <Typography.Title level={5}>{t('wb.income.title')}</Typography.Title>
      <LinesEditor
        path="income.items"
        newLine={() => ({ name: '', source: 'fiscalAppropriation', amount: '' })}
        columns={[
          name,
          {
            key: 'source',
            title: t('wb.line.source'),
            width: 200,
            render: (p) => (
              <SelectField
                path={p}
                ariaLabel={t('wb.line.source')}
                options={INCOME_SOURCES.map((s) => ({ value: s, label: t(`income.${s}`) }))}
              />
            ),
          },
          amount,
          share,
        ]}
      />
      <Form layout="inline" component="div" style={{ marginTop: 8 }}>
        <Form.Item label={t('wb.income.statedTotal')}>
          <DecimalField
            path="income.statedTotal"
            ariaLabel={t('wb.income.statedTotal')}
            style={{ width: 160 }}
          />
        </Form.Item>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('wb.expenditure.title')}
      </Typography.Title>
      <LinesEditor
        path="expenditure.byType"
        newLine={() => ({ name: '', type: 'basic', amount: '' })}
        columns={[
          name,
          {
            key: 'type',
            title: t('wb.line.type'),
            width: 140,
            render: (p) => (
              <SelectField
                path={p}
                ariaLabel={t('wb.line.type')}
                options={[
                  { value: 'basic', label: t('wb.line.basic') },
                  { value: 'project', label: t('wb.line.project') },
                ]}
              />
            ),
          },
          amount,
          share,
        ]}
      />
      <Row gutter={16} style={{ marginTop: 8 }}>
        <Col span={8}>
          <Form layout="vertical" component="div">
            <Form.Item label={t('wb.expenditure.statedTotal')}>
              <DecimalField path="expenditure.statedTotal" ariaLabel={t('wb.expenditure.statedTotal')} />
            </Form.Item>
          </Form>
        </Col>
        <Col span={16}>
          <Form layout="vertical" component="div">
            <Form.Item label={t('wb.expenditure.sourceOfExcess')}>
              <TextAreaField
                path="expenditure.sourceOfExcess"
                ariaLabel={t('wb.expenditure.sourceOfExcess')}
                rows={1}
              />
            </Form.Item>
          </Form>
        </Col>
      </Row>
    </div>
  );
}
