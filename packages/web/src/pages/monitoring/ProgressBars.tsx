import { Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { MonitoringResultJson } from './monitoring-api';
import '../../i18n/areas/monitoring';

/**
 * 执行进度 against 时序进度 as two bars. The bar widths are the engine's decimal strings used as CSS
 * percentages (capped by the track), so no figure goes through a binary float here.
 */
export function ProgressBars({ result }: { result: MonitoringResultJson }) {
  const { t, lang } = useI18n();
  const bar = (
    label: string,
    figure: MonitoringResultJson['timeProgress'] | undefined,
    color: string,
    id: string,
  ) => (
    <div style={{ marginBottom: 8 }}>
      <Typography.Text>{label}：</Typography.Text>
      <Typography.Text strong data-testid={id} title={figure?.explanation[lang]}>
        {figure?.text ?? '—'}
      </Typography.Text>
      <div style={{ background: '#f0f0f0', height: 10, borderRadius: 5, overflow: 'hidden', maxWidth: 480 }}>
        <div
          style={{ width: `${figure?.value ?? '0'}%`, maxWidth: '100%', height: '100%', background: color }}
        />
      </div>
    </div>
  );
  return (
    <div>
      {bar(
        t('monitoring.executionProgress'),
        result.funds.executionProgress,
        '#1677ff',
        'execution-progress',
      )}
      {bar(t('monitoring.timeProgress'), result.timeProgress, '#8c8c8c', 'time-progress')}
      {result.funds.gap && (
        <Typography.Text type="secondary">
          {t('monitoring.gap')}：{result.funds.gap.text}
        </Typography.Text>
      )}
    </div>
  );
}
