import type { Lang } from '../i18n/localized';
import type { RuleSet } from './rule-set';

/**
 * A rule set's words in one language. Chinese is the rule set as written. English uses its `en`
 * wording; an official Chinese label (产出指标, 优) keeps its Chinese after the English gloss —
 * "output indicators (产出指标)" — so that it can still be matched with the official documents.
 */
export interface RuleSetText {
  name: string;
  description: string;
  source: string;
  label(zh: string): string;
}

export function ruleSetText(rs: RuleSet, lang: Lang): RuleSetText {
  const en = rs.en;
  if (lang === 'zh' || !en) {
    return { name: rs.name, description: rs.description, source: rs.source, label: (zh) => zh };
  }
  return {
    name: en.name,
    description: en.description,
    source: en.source,
    label: (zh) => {
      const gloss = en.labels[zh];
      return gloss ? `${gloss} (${zh})` : zh;
    },
  };
}

/** Every official label of a rule set with its English gloss, as the English wording shows them. */
export function glossedLabels(rs: RuleSet): { zh: string; en: string }[] {
  return Object.entries(rs.en?.labels ?? {}).map(([zh, en]) => ({ zh, en }));
}
