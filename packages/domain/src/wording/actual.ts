import { type Indicator, TIER_LABEL, TIERS, type Tier } from '../model/evaluation';
import { normaliseWording } from './characters';
import { type Quantity, readQuantity } from './target';

type Actual = NonNullable<Indicator['actual']>;

/**
 * 实际完成值 as written: its number when it is a quantity ("56个", "完成98%"), and the tier a
 * qualitative result names ("达成预期指标", "达成年度指标（公众反响良好）"). The text is kept.
 */

/** Words in front of an achieved figure that say nothing about it ("完成56个", "累计1200人次"). */
const LEAD_WORDS = /^(实际完成|已完成|完成|实际|共计|合计|累计|共)(?=[\d零〇一二两三四五六七八九十])/;

export function readActual(raw: string): Actual | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  // "达成年度指标（受众反响良好）": a tier's official name, then the unit's own words in brackets.
  const m = /^([^（(]+)[（(](.+)[)）]$/.exec(text);
  const named = TIERS.find((tier) => TIER_LABEL[tier] === m?.[1]?.trim());
  if (named && m?.[2]?.trim()) return { text: m[2].trim(), tier: named };
  const quantity = readAchievedQuantity(text);
  if (quantity) return { value: quantity.value, text };
  const tier = tierOf(text);
  return { text, ...(tier ? { tier } : {}) };
}

/** An achieved figure with its unit as written ("完成56个" → 56 个); undefined when it is not one. */
export function readAchievedQuantity(raw: string): Quantity | undefined {
  return readQuantity(normaliseWording(raw).replace(LEAD_WORDS, ''));
}

/**
 * The three tiers of 财预〔2020〕10号 when the cell names one ("达成预期指标", "部分达成年度指标并具有一定效果",
 * "未达成…", "已完成"). A description that merely contains such a word ("满意度持续达到90%以上") names
 * no tier: guessing one would put words in the unit's mouth.
 */
export function tierOf(text: string): Tier | undefined {
  const t = normaliseWording(text).replace(/[。.!！]$/, '');
  if (/^(部分|基本)(达成|完成|实现|达到)/.test(t)) return 'partlyMet';
  if (/^(未|没有|尚未)(能)?(达成|完成|实现|达到)/.test(t)) return 'notMet';
  if (
    /^(已|已经)?(全部|全面|完全)?(达成|完成|实现|达到|达标)(了)?(年度|预期|预定|既定|计划|目标)?(指标|目标|任务)?(值)?$/.test(
      t,
    )
  ) {
    return 'met';
  }
  return undefined;
}
