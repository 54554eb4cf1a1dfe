import { defineMessages, type Mirror } from '../messages/define';

/**
 * The sentences of 结果应用 (use of the results): suggestion words and the rule that gave each entry,
 * with its arithmetic. Figures arrive written ("120.00万元", "-10%").
 */
const zh = {
  'suggestion.prioritise': () => '优先保障',
  'suggestion.asNeeded': () => '据实保障',
  'suggestion.reduce': () => '核减',
  'suggestion.cancelOrSuspend': () => '取消或暂停',

  'rule.grade': (p: { grade: string; bands: string }) => `等级「${p.grade}」（${p.bands}）`,
  'rule.band': (p: { grade: string; band: string }) => `等级「${p.grade}」且总分${p.band}`,
  'rule.bandFrom': (p: { min: string }) => `不低于 ${p.min} 分`,
  'rule.bandBelow': (p: { below: string }) => `低于 ${p.below} 分`,
  'rule.bandBetween': (p: { min: string; below: string }) => `不低于 ${p.min} 分且低于 ${p.below} 分`,
  'rule.arithmetic': (p: {
    when: string;
    suggestion: string;
    budget: string;
    percent: string;
    change: string;
  }) => `${p.when}：${p.suggestion}；全年预算数 ${p.budget}万元 × ${p.percent} = ${p.change}万元`,
  'rule.noBudget': (p: { when: string; suggestion: string; percent: string }) =>
    `${p.when}：${p.suggestion}（${p.percent}）；未填全年预算数，不计算调整金额`,
  'rule.unscored': () => '未评分，不提出结果应用建议',
  'rule.override': (p: { suggestion: string; change: string; rule: string; reason: string }) =>
    `财政局调整为「${p.suggestion}」${p.change}万元（按规则：${p.rule}）；理由：${p.reason}`,
};

const en: Mirror<typeof zh> = {
  'suggestion.prioritise': () => 'fund with priority',
  'suggestion.asNeeded': () => 'fund as needed',
  'suggestion.reduce': () => 'reduce',
  'suggestion.cancelOrSuspend': () => 'cancel or suspend',

  'rule.grade': (p) => `grade "${p.grade}" (${p.bands})`,
  'rule.band': (p) => `grade "${p.grade}" with a total ${p.band}`,
  'rule.bandFrom': (p) => `of at least ${p.min}`,
  'rule.bandBelow': (p) => `below ${p.below}`,
  'rule.bandBetween': (p) => `of at least ${p.min} and below ${p.below}`,
  'rule.arithmetic': (p) =>
    `${p.when}: ${p.suggestion}; full-year budget ${p.budget} × ${p.percent} = ${p.change} (10,000 yuan)`,
  'rule.noBudget': (p) =>
    `${p.when}: ${p.suggestion} (${p.percent}); no full-year budget, so no amount is computed`,
  'rule.unscored': () => 'unscored: no suggestion',
  'rule.override': (p) =>
    `set by the finance bureau to "${p.suggestion}" ${p.change} (10,000 yuan) (by the rule: ${p.rule}); reason: ${p.reason}`,
};

export const resultsMessage = defineMessages(zh, en);
export type ResultsMessageKey = keyof typeof zh;
