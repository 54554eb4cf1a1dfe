import type { zh } from './scoring.zh';

/** English: the scoring area's messages, the same keys as scoring.zh.ts. */
export const en: Record<keyof typeof zh, string> = {
  'score.title': 'Live score',
  'score.executionRate': 'Execution rate',
  'score.executionScore': 'Execution score',
  'score.indicatorScore': 'Indicator score',
  'score.total': 'Total',
  'score.grade': 'Grade',
  'score.ruleSet': 'Rule set: {name}',
  'score.incomplete': 'Cannot score yet: {message}',
  'score.unscored': 'Not scored',
  'score.noGrade': 'No grade',
  'checks.title': 'Findings',
  'checks.none': 'No problems found.',
  'checks.group': '{label} ({count})',
  'checks.entry': 'Input problems',
  'checks.goTo': 'Show',
  'checks.expected': 'expected {value}',
  'checks.actual': 'entered {value}',
  'tier.met': 'Target met',
  'tier.partlyMet': 'Partly met, with some effect',
  'tier.notMet': 'Not met, poor effect',
  'heavy.queued': 'Queued ({ahead} ahead)…',
  'heavy.running': 'Processing…',
};
