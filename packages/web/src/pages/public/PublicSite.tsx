import { Alert, Card, Col, Empty, Input, Pagination, Row, Select, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { useAsync } from '../../lib/use-async';
import { publicFigures } from './figures';
import { PublicFrame } from './PublicFrame';
import { type PublicQuery, type PublicSummary, publicApi, queryFromSearch } from './public-api';
import '../../i18n/areas/publication';

const KINDS = ['evaluation', 'declaration', 'results'] as const;

function PublicationCard({ item }: { item: PublicSummary }) {
  const { t } = useI18n();
  const f = publicFigures(t, item);
  const place = [item.regionName, item.departmentName, item.unitName].filter(Boolean).join(' · ');
  return (
    <Card
      size="small"
      data-testid="public-card"
      title={
        <Link to={`/public/${item.id}`} data-testid="public-card-link">
          {item.title}
        </Link>
      }
      extra={<Tag color="blue">{t(`pub.kind.${item.kind}`)}</Tag>}
      style={{ height: '100%' }}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {item.fiscalYear} · {place}
      </Typography.Paragraph>
      {item.kind === 'evaluation' && (
        <Space size={16} wrap>
          <span>
            {t('pub.score')}：<strong data-testid="public-card-score">{f.score}</strong>
          </span>
          <span>
            {t('pub.grade')}：<strong>{f.grade}</strong>
          </span>
          <span>
            {t('pub.executionRate')}：{f.executionRate}
          </span>
        </Space>
      )}
      <div style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">
          {t('pub.publishedDate')}：{item.publishedDate}
        </Typography.Text>
      </div>
    </Card>
  );
}

/** /public: every live publication, filtered by year, region, department, unit and type, searched by name. */
export default function PublicSite() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const query = queryFromSearch(search);
  const state = useAsync((signal) => publicApi.list(query, signal), JSON.stringify(query));
  const data = state.data;
  const set = (patch: Partial<Record<keyof PublicQuery, string | number | undefined>>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!('page' in patch)) next.delete('page');
    setSearch(next);
  };
  const options = (values: readonly (string | number)[]) =>
    values.map((v) => ({ value: String(v), label: String(v) }));
  const facets = data?.facets;
  return (
    <PublicFrame>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('pub.siteTitle')}
        </Typography.Title>
        <Row gutter={[8, 8]}>
          <Col xs={24} md={8}>
            <Input.Search
              allowClear
              placeholder={t('pub.search')}
              defaultValue={query.q ?? ''}
              onSearch={(v) => set({ q: v })}
              data-testid="public-search"
              aria-label={t('pub.search')}
            />
          </Col>
          {(
            [
              ['year', facets?.years ?? [], query.year],
              ['region', facets?.regions ?? [], query.region],
              ['department', facets?.departments ?? [], query.department],
              ['unit', facets?.units ?? [], query.unit],
            ] as const
          ).map(([name, values, current]) => (
            <Col xs={12} md={4} key={name}>
              <Select
                allowClear
                style={{ width: '100%' }}
                placeholder={t(`pub.filter.${name}`)}
                aria-label={t(`pub.filter.${name}`)}
                value={current === undefined ? undefined : String(current)}
                options={options(values)}
                onChange={(v: string | undefined) => set({ [name]: v })}
                data-testid={`public-filter-${name}`}
              />
            </Col>
          ))}
        </Row>
        <Space wrap>
          {KINDS.map((k) => (
            <Tag.CheckableTag
              key={k}
              checked={query.kind === k}
              onChange={(on) => set({ kind: on ? k : undefined })}
            >
              {t(`pub.kind.${k}`)}
            </Tag.CheckableTag>
          ))}
        </Space>
        {state.status === 'error' && (
          <Alert type="error" showIcon title={t('pub.loadFailed')} description={errorText(t, state.error)} />
        )}
        {data && (
          <>
            <Typography.Text type="secondary" data-testid="public-total">
              {t('pub.total', { count: data.total })}
            </Typography.Text>
            {data.items.length === 0 ? (
              <Empty description={t('pub.empty')} />
            ) : (
              <Row gutter={[12, 12]}>
                {data.items.map((item) => (
                  <Col xs={24} sm={12} lg={8} key={item.id}>
                    <PublicationCard item={item} />
                  </Col>
                ))}
              </Row>
            )}
            {data.total > data.pageSize && (
              <Pagination
                current={data.page}
                pageSize={data.pageSize}
                total={data.total}
                showSizeChanger={false}
                onChange={(page) => set({ page })}
              />
            )}
          </>
        )}
      </Space>
    </PublicFrame>
  );
}
