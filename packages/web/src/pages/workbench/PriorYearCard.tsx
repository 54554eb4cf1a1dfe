import { FUNDS_ROW_KEYS } from '@jixiao/domain';
import { Card, Table, Typography } from 'antd';
import { useMemo } from 'react';
import type { PriorYear } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { showDecimal, showPercent } from '../../lib/format';
import { gradeLabel, totalLabel } from '../../lib/grade';
import { getAt } from '../../lib/json-path';
import { type LiveScore, liveScore } from '../../workbench/engine';
import '../../i18n/areas/review';
import '../../i18n/areas/workbench';
import '../../i18n/areas/scoring';

interface Row {
  key: string;
  label: string;
  prior: string;
  current: string;
}

const FUNDS_ROWS = ['total', ...FUNDS_ROW_KEYS] as const;

const show = (v: unknown): string => (typeof v === 'string' && v !== '' ? v : '—');

/** One indicator's actual and score, keyed by its 三级指标 name (the only link between two years' tables). */
function indicatorFigures(l: LiveScore): Map<string, { actual: string; score: string }> {
  const out = new Map<string, { actual: string; score: string }>();
  const ev = l.built.evaluation;
  if (!ev) return out;
  const scored = l.outcome?.result.indicators ?? [];
  ev.indicators.forEach((ind, i) => {
    const found = scored.find((x) => x.index === i)?.score;
    const s = found ? showDecimal(found, 2) : ind.score;
    const actual = ind.actual?.value ?? ind.actual?.text ?? ind.actual?.tier;
    out.set(ind.name.trim(), { actual: show(actual), score: show(s) });
  });
  return out;
}

/**
 * Last year's figures beside this year's for reviewers: funds rows, execution rate, total and grade as
 * the server stored them last year, and each indicator's actual/score matched by name.
 */
export function PriorYearCard({ prior, live }: { prior: PriorYear; live: LiveScore }) {
  const { t } = useI18n();
  const before = useMemo(() => liveScore(prior.evaluation), [prior]);
  const current = live.built.evaluation;
  const result = live.outcome?.result;

  const rows: Row[] = [];
  for (const key of FUNDS_ROWS) {
    for (const col of ['adjustedBudget', 'executed'] as const) {
      const p = getAt(prior.evaluation, `funds.${key}.${col}`);
      const c = current ? getAt(current, `funds.${key}.${col}`) : undefined;
      if (p === undefined && c === undefined && key !== 'total') continue;
      rows.push({
        key: `funds.${key}.${col}`,
        label: `${t(`wb.funds.${key}`)} · ${t(`wb.funds.${col}`)}`,
        prior: show(p),
        current: show(c),
      });
    }
  }
  rows.push(
    {
      key: 'rate',
      label: t('score.executionRate'),
      prior: showPercent(prior.executionRate),
      current: showPercent(result?.execution.ratePercent),
    },
    {
      key: 'total-score',
      label: t('score.total'),
      prior: totalLabel(t, prior.totalScore),
      current: result && !result.scored ? t('score.unscored') : showDecimal(result?.totalScore, 2),
    },
    {
      key: 'grade',
      label: t('score.grade'),
      prior: gradeLabel(t, prior.grade),
      current: gradeLabel(t, result?.grade?.key),
    },
  );

  const priorInd = useMemo(() => indicatorFigures(before), [before]);
  const nowInd = indicatorFigures(live);
  const names = [...new Set([...nowInd.keys(), ...priorInd.keys()])];
  const indRows = names.map((name) => ({
    name,
    priorActual: priorInd.get(name)?.actual ?? '—',
    priorScore: priorInd.get(name)?.score ?? '—',
    actual: nowInd.get(name)?.actual ?? '—',
    score: nowInd.get(name)?.score ?? '—',
  }));
  const priorTitle = `${t('review.priorYear')}（${prior.fiscalYear}）`;
  return (
    <Card
      size="small"
      title={`${t('review.priorYear')} / ${t('review.thisYear')}`}
      data-testid="prior-year"
      id="wb-prior-year"
    >
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          { title: '', dataIndex: 'label' },
          { title: priorTitle, dataIndex: 'prior', align: 'right' },
          { title: t('review.thisYear'), dataIndex: 'current', align: 'right' },
        ]}
      />
      {indRows.length > 0 && (
        <>
          <Typography.Text strong style={{ display: 'block', margin: '8px 0 4px' }}>
            {t('review.priorIndicators')}
          </Typography.Text>
          <Table
            size="small"
            pagination={false}
            rowKey="name"
            dataSource={indRows}
            columns={[
              { title: t('wb.ind.name'), dataIndex: 'name' },
              { title: `${priorTitle} ${t('review.actual')}`, dataIndex: 'priorActual', align: 'right' },
              { title: `${priorTitle} ${t('review.score')}`, dataIndex: 'priorScore', align: 'right' },
              { title: `${t('review.thisYear')} ${t('review.actual')}`, dataIndex: 'actual', align: 'right' },
              { title: `${t('review.thisYear')} ${t('review.score')}`, dataIndex: 'score', align: 'right' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
