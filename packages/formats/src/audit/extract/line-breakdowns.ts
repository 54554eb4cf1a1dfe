import { findNumbers, isAmount, type NumberToken } from '@jixiao/domain';
import type { Breakdown, BreakdownItem } from './breakdowns';
import { type Sentence, sentenceEvidence } from './units';

/**
 * A total and its parts written one per line, as check-list forms flatten them:
 *
 *   年度预算资金总额: 321.25
 *   其中:中央补助 166.00
 *   市级资金 136.00
 *   本级资金(包括结转结余) 20.25
 *
 * A line that states a 总额/合计 with one amount, then the lines right after it that each hold one label and
 * one amount, the first of them marked 其中. Consecutive blocks that share their part labels are kept
 * together (`LineBlockGroup`) so that a 合计 block can be checked column by column against the blocks under it.
 */
const TOTAL_LINE = /(?:总额|合计|总计|小计)[)）]?\s*[:：]?\s*$/;
const PART_LINE = /^(?:其中\s*[:：]?)?\s*([^\d:：]{2,24}?)(?:[（(][^）)]*[）)])?\s*[:：]?\s*$/;

function oneAmount(text: string): { token: NumberToken; label: string } | undefined {
  const tokens = findNumbers(text);
  if (tokens.length !== 1) return undefined;
  const token = tokens[0] as NumberToken;
  if (text.slice(token.end).trim() !== '') return undefined;
  if (!isAmount(token) && token.unit !== 'none') return undefined;
  return { token, label: text.slice(0, token.start).trim() };
}

export function extractLineBreakdowns(sentences: readonly Sentence[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    const head = oneAmount(s.text);
    if (!head || !TOTAL_LINE.test(head.label)) continue;
    const first = sentences[i + 1];
    if (!first || !/^其中/.test(first.text.trim())) continue;
    const items: BreakdownItem[] = [];
    let k = i + 1;
    for (; k < sentences.length && items.length < 12; k++) {
      const line = sentences[k] as Sentence;
      const part = oneAmount(line.text);
      const label = part ? PART_LINE.exec(part.label)?.[1]?.trim() : undefined;
      if (!part || !label || TOTAL_LINE.test(part.label)) break;
      items.push({ label, token: part.token });
    }
    if (items.length < 2) continue;
    const unit = head.token.unit === 'none' ? 'wanYuan' : head.token.unit;
    const asAmount = (t: NumberToken): NumberToken => (t.unit === 'none' ? { ...t, unit } : t);
    out.push({
      family: 'amount',
      totalLabel: head.label.replace(/[:：]\s*$/, ''),
      total: asAmount(head.token),
      items: items.map((it) => ({ ...it, token: asAmount(it.token) })),
      totalFromPreviousSentence: false,
      evidence: [sentenceEvidence(s), ...sentences.slice(i + 1, k).map((l) => sentenceEvidence(l))],
      sentence: s,
    });
    i = k - 1;
  }
  return out;
}

/** A 合计 block followed by blocks with the same part labels whose totals add up to its total. */
export interface LineBlockGroup {
  total: Breakdown;
  blocks: Breakdown[];
}

export function lineBlockGroups(blocks: readonly Breakdown[]): LineBlockGroup[] {
  const out: LineBlockGroup[] = [];
  const labels = (b: Breakdown) => b.items.map((i) => i.label).join('|');
  for (let i = 0; i < blocks.length; i++) {
    const head = blocks[i] as Breakdown;
    const rest: Breakdown[] = [];
    for (let k = i + 1; k < blocks.length && labels(blocks[k] as Breakdown) === labels(head); k++)
      rest.push(blocks[k] as Breakdown);
    if (rest.length >= 2) {
      out.push({ total: head, blocks: rest });
      i += rest.length;
    }
  }
  return out;
}
