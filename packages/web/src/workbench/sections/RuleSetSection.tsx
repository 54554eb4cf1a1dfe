import { ruleSetText } from '@jixiao/domain';
import { Descriptions, Select } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { ReadOnlyValue } from '../fields';
import { knownRuleSets } from '../rule-sets';
import { useWorkbench } from '../WorkbenchContext';
import '../../i18n/areas/workbench';

/** The rule set chosen per evaluation: scores, rounding and grade bands follow it, and are named with their source. */
export function RuleSetSection() {
  const { t, lang } = useI18n();
  const { draft, setField, readOnly } = useWorkbench();
  const options = knownRuleSets().filter((r) => r.kinds.includes(draft.kind));
  const current = knownRuleSets().find((r) => r.id === draft.ruleSet);
  const labelOf = (r: (typeof options)[number]) =>
    `${ruleSetText(r, lang).name}${lang === 'zh' ? `（${r.version}）` : ` (${r.version})`}`;
  return (
    <div data-path="ruleSet">
      {readOnly ? (
        <div style={{ width: 420 }}>
          <ReadOnlyValue
            value={current ? labelOf(current) : (draft.ruleSet ?? '')}
            ariaLabel={t('wb.ruleSet.choose')}
          />
        </div>
      ) : (
        <Select
          value={draft.ruleSet}
          aria-label={t('wb.ruleSet.choose')}
          style={{ width: 420 }}
          options={options.map((r) => ({ value: r.id, label: labelOf(r) }))}
          onChange={(v) => setField('ruleSet', v)}
        />
      )}
      {current && (
        <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
          <Descriptions.Item label={t('wb.ruleSet.choose')}>
            {ruleSetText(current, lang).description}
          </Descriptions.Item>
          <Descriptions.Item label={t('wb.ruleSet.source')}>
            {ruleSetText(current, lang).source}
          </Descriptions.Item>
        </Descriptions>
      )}
    </div>
  );
}
