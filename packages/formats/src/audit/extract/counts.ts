import { findNumbers } from '@jixiao/domain';
import type { Evidence } from '../document';
import { type Sentence, sentenceEvidence } from './units';

/**
 * A count stated with the list it counts:
 * - "设内设机构2个：办公室、科学普及部" or "三个示范基地（A、B、C）" — count, then the list (sure);
 * - "区科协、区委宣传部…区自然资源局10个单位" — list, then the count right after the last item (the
 *   first item may carry words from the clause, so it is a guess).
 * Lists ending in 等 are open and never counted; "A、B共10个" counts categories, not items, and is left alone.
 */
export interface CountList {
  stated: number;
  statedText: string;
  noun: string;
  items: string[];
  form: 'countThenList' | 'listThenCount';
  evidence: Evidence;
}

const MAX_ITEM = 18;

function cleanItems(raw: string[]): string[] | undefined {
  const items = raw.map((x) => x.trim()).filter((x) => x !== '');
  if (items.length < 2) return undefined;
  if (items.some((x) => x.length > MAX_ITEM || /[，。；,;\d]|一是|二是/.test(x))) return undefined;
  const last = items[items.length - 1] ?? '';
  if (/等$/.test(last) || /等[\u4e00-\u9fff]{0,2}$/.test(last)) return undefined;
  return items;
}

export function extractCountLists(sentences: readonly Sentence[]): CountList[] {
  const out: CountList[] = [];
  for (const s of sentences) {
    const text = s.text;
    for (const t of findNumbers(text)) {
      if (t.unit !== 'count') continue;
      const stated = Number(t.value);
      if (!Number.isSafeInteger(stated) || stated < 2 || stated > 60) continue;
      // count, a short noun, then "：list" or "（list）"
      const after = text.slice(t.end);
      const m = /^([\u4e00-\u9fffA-Za-z]{0,10})(?:[:：]|[（(])/.exec(after);
      if (m) {
        const listStart = t.end + m[0].length;
        const opener = m[0].slice(-1);
        let listText: string;
        if (opener === '（' || opener === '(') {
          const close = text.slice(listStart).search(/[）)]/);
          if (close < 0) continue;
          listText = text.slice(listStart, listStart + close);
        } else {
          const rest = text.slice(listStart);
          // The list runs to the end of the clause that holds the last "、"-separated item.
          const lastSep = rest.lastIndexOf(
            '、',
            rest.search(/[。；;]|$/) < 0 ? rest.length : rest.search(/[。；;]|$/),
          );
          if (lastSep < 0) continue;
          const endRel = rest.slice(lastSep).search(/[，。；,;（(]|$/);
          listText = rest.slice(0, lastSep + (endRel < 0 ? rest.length : endRel));
        }
        const items = cleanItems(listText.split('、'));
        if (!items) continue;
        if (/等$/.test(listText.trim())) continue;
        out.push({
          stated,
          statedText: t.raw,
          noun: m[1] ?? '',
          items,
          form: 'countThenList',
          evidence: sentenceEvidence(s, t.start, listStart + listText.length),
        });
        continue;
      }
      // list、list、list + count right after the last item
      const before = text.slice(0, t.start);
      if (!before.includes('、')) continue;
      if (/[共计合等约有达近余多超逾]$/.test(before)) continue;
      const clauseStart =
        Math.max(...['，', ',', '；', ';', '。', '：', ':', '（', '('].map((c) => before.lastIndexOf(c))) + 1;
      const clause = before.slice(clauseStart);
      const items = cleanItems(clause.split('、'));
      if (!items) continue;
      out.push({
        stated,
        statedText: t.raw,
        noun: /^[\u4e00-\u9fff]{0,6}/.exec(text.slice(t.end))?.[0] ?? '',
        items,
        form: 'listThenCount',
        evidence: sentenceEvidence(s, clauseStart, t.end + 6),
      });
    }
  }
  return out;
}
