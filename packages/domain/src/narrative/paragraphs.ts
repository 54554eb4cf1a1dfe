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
    blocks.push({ type: 'paragraph', sentence: entered(body), origin: 'entered', section });
  }
  return blocks;
}
