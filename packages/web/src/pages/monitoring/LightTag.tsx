import { Popover, Tag } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { MonitoringResultJson } from './monitoring-api';
import '../../i18n/areas/monitoring';

type Light = MonitoringResultJson['light'];
const COLOR: Record<Light, string> = {
  red: 'red',
  yellow: 'gold',
  green: 'green',
  blue: 'blue',
  none: 'default',
};

/** A light with how the engine reached it, on hover or click (the arithmetic with the numbers put in). */
export function LightTag({ light, explanation }: { light: Light; explanation: { zh: string; en: string } }) {
  const { t, lang } = useI18n();
  return (
    <Popover
      trigger={['hover', 'click']}
      content={<span data-testid="light-explanation">{explanation[lang]}</span>}
    >
      <Tag color={COLOR[light]} data-light={light} style={{ cursor: 'help' }}>
        {t(`monitoring.light.${light}`)}
      </Tag>
    </Popover>
  );
}
