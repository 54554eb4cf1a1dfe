import { Card, Descriptions, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { showDecimal, showPercent } from '../lib/format';
import { gradeLabel } from '../lib/grade';
import type { LiveScore } from './engine';
import '../i18n/areas/scoring';

const GRADE_COLOR: Record<string, string> = { excellent: 'green', good: 'blue', fair: 'gold', poor: 'red' };

/** The live total: execution rate and score, indicator score, total and grade, recomputed as the user types. */
export function ScorePanel({ live }: { live: LiveScore }) {
  const { t, lang } = useI18n();
  const r = live.outcome?.result;
  const places = live.ruleSet?.rounding.scorePlaces ?? 2;
  const ratePlaces = live.ruleSet?.rounding.ratePlaces ?? 2;
  return (
    <Card size="small" title={t('score.title')} data-testid="score-panel">
      {!r ? (
        <Typography.Text type="warning">
          {t('score.incomplete', {
            message: live.failure?.[lang] ?? live.built.issues[0]?.message[lang] ?? '',
          })}
        </Typography.Text>
      ) : (
        <>
          <Descriptions
            size="small"
            column={1}
            styles={{ content: { justifyContent: 'flex-end', fontVariantNumeric: 'tabular-nums' } }}
          >
            <Descriptions.Item label={t('score.executionRate')}>
              <span data-testid="live-rate">{showPercent(r.execution.ratePercent, ratePlaces)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('score.executionScore')}>
              <span data-testid="live-execution-score">{showDecimal(r.execution.score, places)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('score.indicatorScore')}>
              <span data-testid="live-indicator-score">{showDecimal(r.indicatorScore, places)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('score.total')}>
              <Typography.Text strong style={{ fontSize: 20 }} data-testid="live-total">
                {r.scored ? showDecimal(r.totalScore, places) : t('score.unscored')}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('score.grade')}>
              {r.grade ? (
                <Tag color={GRADE_COLOR[r.grade.key]} style={{ fontSize: 14 }} data-testid="live-grade">
                  {gradeLabel(t, r.grade.key)}
                </Tag>
              ) : (
                <Typography.Text type="secondary" data-testid="live-grade">
                  {t('score.noGrade')}
                </Typography.Text>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
            {r.explanation[lang]}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
