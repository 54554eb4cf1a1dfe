import { findNumbers, isAmount, type NumberToken } from '@jixiao/domain';
import type { Evidence } from '../document';
import { depthAt, labelBefore, type Sentence, sentenceEvidence } from './units';

/**
 * "total, 其中：A a, 占p%；B b, 占q%" — a stated total followed by the items it is made of, as reports write
 * income by source, expenditure by type or function, 三公经费 and block scores. The total is the last
 * figure before "其中" in the same sentence, or the only figure of the sentence just before "。其中".
 * Items stop at a second "其中", at a figure that starts another total (收入 after 支出…), and skip
 * comparisons ("比上年减少0.05万元") and anything inside brackets.
 */
export type BreakdownFamily = 'amount' | 'score' | 'count';

export interface BreakdownItem {
  label: string;
  token: NumberToken;
  /** "占p%" stated right after the item. */
  share?: NumberToken;
}

export interface Breakdown {
  family: BreakdownFamily;
  totalLabel: string;
  total: NumberToken;
  items: BreakdownItem[];
  /** Total found in the previous sentence rather than the same one. */
  totalFromPreviousSentence: boolean;
  evidence: Evidence[];
  sentence: Sentence;
}

function familyOf(t: NumberToken): BreakdownFamily | undefined {
  if (isAmount(t)) return 'amount';
  if (t.unit === 'score') return 'score';
  if (t.unit === 'count' || t.unit === 'none') return 'count';
  return undefined;
}

const COMPARISON = /比|较|增加|减少|增长|下降|同比|上年同期|节约|超支|压减/;
/** A scoring rule's alternatives ("若单位无项目，得2分") are not parts. */
const CONDITION = /若|如果|否则|不得分/;

/** Where the bracket that holds position `at` closes (the text's end when `at` is outside brackets). */
function groupEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth += 1;
    else if (c === '）' || c === ')') {
      depth -= 1;
      if (depth < 0) return i;
    }
  }
  return text.length;
}
const TOPIC = (label: string): 'income' | 'expenditure' | 'other' =>
  /收入/.test(label) && !/支出/.test(label)
    ? 'income'
    : /支出/.test(label) && !/收入/.test(label)
      ? 'expenditure'
      : 'other';

export function extractBreakdowns(sentences: readonly Sentence[]): Breakdown[] {
  const out: Breakdown[] = [];
  sentences.forEach((s, idx) => {
    const text = s.text;
    const qi = text.search(/其中[：:，,]?/);
    if (qi < 0) return;
    const qDepth = depthAt(text, qi);
    const tokens = findNumbers(text);
    let total: NumberToken | undefined;
    let totalLabel = '';
    let fromPrevious = false;
    let prevSentence: Sentence | undefined;
    const before = tokens.filter((t) => t.end <= qi && depthAt(text, t.start) <= qDepth && !t.chinese);
    if (before.length > 0) {
      total = before[before.length - 1];
      totalLabel = labelBefore(text, total?.start ?? 0);
      // "6（其中…）": the total is the figure the bracket belongs to.
    } else if (text.slice(0, qi).trim() === '' || /^[（(]?$/.test(text.slice(0, qi).trim())) {
      const prev = sentences[idx - 1];
      if (prev && prev.source.paragraph === s.source.paragraph) {
        const prevTokens = findNumbers(prev.text).filter(
          (t) => familyOf(t) !== undefined && t.unit !== 'none',
        );
        if (prevTokens.length === 1) {
          total = prevTokens[0];
          totalLabel = labelBefore(prev.text, total?.start ?? 0);
          fromPrevious = true;
          prevSentence = prev;
        }
      }
    }
    if (!total) return;
    const family = familyOf(total);
    if (!family) return;
    // Counts: only "6（其中A 4个，B 2个）", where the bracket belongs to the figure. A sentence "其中" after a
    // head count usually lists overlapping groups (党员, 女性…), not parts.
    if (family === 'count' && !/^\s*[（(]$/.test(text.slice(total.end, qi))) return;
    const nextQi = text.slice(qi + 2).search(/其中/);
    // "（2分，其中A 1分，B 1分）": a 其中 inside a bracket lists only up to the bracket's close.
    const stop = Math.min(nextQi < 0 ? text.length : qi + 2 + nextQi, groupEnd(text, qi));
    const totalTopic = TOPIC(totalLabel);
    const items: BreakdownItem[] = [];
    for (const t of tokens) {
      if (t.start < qi || t.start >= stop) continue;
      if (depthAt(text, t.start) !== qDepth) continue;
      const label = labelBefore(text, t.start);
      if (t.unit === 'percent') {
        const last = items[items.length - 1];
        if (last && !last.share && /占(?:比)?(?:为)?$/.test(label)) last.share = t;
        continue;
      }
      const f = familyOf(t);
      if (f !== family) {
        if (f === 'amount' || f === 'score') break; // another kind of figure: the list is over
        continue;
      }
      if (COMPARISON.test(label) || CONDITION.test(label)) continue;
      const topic = TOPIC(label);
      if (totalTopic !== 'other' && topic !== 'other' && topic !== totalTopic) break;
      if (
        family === 'count' &&
        (t.unit === 'none' || (total.unit === 'count' && t.unitText !== total.unitText))
      )
        continue;
      items.push({ label: label.replace(/^其中[：:]?/, ''), token: t });
    }
    if (items.length < 2) return;
    const evidence: Evidence[] = [];
    if (prevSentence) evidence.push(sentenceEvidence(prevSentence, total.start, total.end));
    evidence.push(sentenceEvidence(s, qi, stop));
    out.push({
      family,
      totalLabel,
      total,
      items,
      totalFromPreviousSentence: fromPrevious,
      evidence,
      sentence: s,
    });
  });
  return out;
}
