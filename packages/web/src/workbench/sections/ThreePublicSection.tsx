import { Col, Form, Row, Table } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { DecimalField, TextAreaField } from '../fields';
import '../../i18n/areas/workbench';

const ITEMS = [
  'total',
  'overseasTravel',
  'officialReception',
  'officialVehicles',
  'vehiclePurchase',
  'vehicleOperation',
] as const;
const COLS = ['budget', 'actual', 'priorYearActual'] as const;

/** 三公经费: budget, actual and last year's actual for the total and each item, with the reason for changes. */
export function ThreePublicSection() {
  const { t } = useI18n();
  const colTitle = {
    budget: t('wb.tp.budget'),
    actual: t('wb.tp.actual'),
    priorYearActual: t('wb.tp.priorYear'),
  };
  return (
    <div data-path="threePublicExpenses">
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey="item"
        dataSource={ITEMS.map((item) => ({ item }))}
        columns={[
          {
            title: t('wb.tp.item'),
            dataIndex: 'item',
            width: 220,
            render: (i: (typeof ITEMS)[number]) => t(i === 'total' ? 'wb.tp.total' : `wb.tp.${i}`),
          },
          ...COLS.map((c) => ({
            title: colTitle[c],
            key: c,
            render: (_: unknown, r: { item: (typeof ITEMS)[number] }) => (
              <DecimalField
                path={`threePublicExpenses.${c}.${r.item}`}
                ariaLabel={`${colTitle[c]} ${r.item}`}
              />
            ),
          })),
        ]}
      />
      <Row style={{ marginTop: 8 }}>
        <Col span={24}>
          <Form layout="vertical" component="div">
            <Form.Item label={t('wb.tp.explanation')}>
              <TextAreaField
                path="threePublicExpenses.explanation"
                ariaLabel={t('wb.tp.explanation')}
                rows={2}
              />
            </Form.Item>
          </Form>
        </Col>
      </Row>
    </div>
  );
}
