import type { NarrativeSection } from '../model/evaluation';
import type { ReportBlock } from './document';
import { entered } from './sentence';

/**
 * Text the unit wrote, taken as entered: one paragraph per non-empty line. Markdown-style bullets
 * ("- ", "* ", "• ") become numbered items "1. " as Chinese documents number lists; lines already
 * numbered ("1、", "（1）") are kept exactly.
 */
export function enteredParagraphs(
  text: string | undefined,
  section: NarrativeSection | string,
): ReportBlock[] {
  if (!text) return [];
  const blocks: ReportBlock[] = [];
  let bullet = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      bullet = 0;
      continue;
    }
    const m = /^[-*•·]\s+(.*)$/.exec(line);
    const body = m?.[1] !== undefined ? `${++bullet}. ${m[1]}` : line;
    if (!m) bullet = 0;
    for (const item of splitNumbered(body)) {
      blocks.push({ type: 'paragraph', sentence: entered(item), origin: 'entered', section });
    }
  }
  return blocks;
}

/**
 * A numbered list typed on one line ("1、甲。2、乙。"): one paragraph per item, as a report prints it.
 * Split only before the next number in sequence right after a full stop or semicolon, so "2.5万元"
 * or a "3、" inside a sentence stays where it is.
 */
export function splitNumbered(line: string): string[] {
  const first = /^(\d+)[、.．]/.exec(line);
  if (!first) return [line];
  const items: string[] = [];
  let next = Number(first[1]) + 1;
  let rest = line;
  for (;;) {
    const at = new RegExp(`[。；;]\\s*(?=${next}[、.．](?!\\d))`).exec(rest);
    if (!at) break;
    const end = at.index + 1;
    items.push(rest.slice(0, end).trim());
    rest = rest.slice(end).trim();
    next++;
  }
  items.push(rest);
  return items;
}
