import type { AuditDocument, Evidence, SourceRef } from '../document';

/** One sentence of a paragraph, with the paragraph it belongs to. */
export interface Sentence {
  text: string;
  paragraphText: string;
  /** Position of the sentence among all sentences of the document (0-based). */
  seq: number;
  source: SourceRef;
}

/** Splits paragraphs into sentences at 。！？!? (the sentence keeps its closing mark). */
export function sentencesOf(doc: AuditDocument): Sentence[] {
  const out: Sentence[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    const source: SourceRef = { paragraph: b.index, ...(b.page !== undefined ? { page: b.page } : {}) };
    for (const m of b.text.matchAll(/[^。！？!?]+[。！？!?]*/g)) {
      const text = m[0].trim();
      if (text !== '') out.push({ text, paragraphText: b.text, seq: out.length, source });
    }
  }
  return out;
}

/** The whole document as text (paragraphs and table rows), for searches such as "is a source stated anywhere". */
export function fullText(doc: AuditDocument): string {
  return doc.blocks
    .map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.join(' ')).join('\n')))
    .join('\n');
}

const MAX_QUOTE = 160;

/** Quotes a sentence, shortened around the part that matters when it is long. */
export function quote(text: string, focusStart = 0, focusEnd = text.length): string {
  if (text.length <= MAX_QUOTE) return text;
  const from = Math.max(0, Math.min(focusStart - 40, text.length - MAX_QUOTE));
  const to = Math.min(text.length, Math.max(focusEnd + 40, from + MAX_QUOTE));
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

export function sentenceEvidence(s: Sentence, focusStart?: number, focusEnd?: number): Evidence {
  return { quote: quote(s.text, focusStart, focusEnd), source: s.source };
}

/** The clause before a position: back to the previous ，；。：、 (the label a figure is given). */
export function labelBefore(text: string, pos: number): string {
  const head = text.slice(0, pos).replace(/[：:]\s*$/, '');
  const cut = Math.max(...['，', ',', '；', ';', '。', '：', ':', '、'].map((c) => head.lastIndexOf(c)));
  return head.slice(cut + 1).trim();
}

/** Parenthesis depth at each position ((, （ open; ), ） close). */
export function depthAt(text: string, pos: number): number {
  let d = 0;
  for (let i = 0; i < pos && i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') d += 1;
    else if ((c === '）' || c === ')') && d > 0) d -= 1;
  }
  return d;
}

export type AmountUnit = 'yuan' | 'wanYuan' | 'yiYuan';

/**
 * The unit a form's header declares for its bare amounts: "预算执行情况(万元)", "资金情况（元）", "单位：万元",
 * "金额单位:元", "单位（亿元）". The first declaration in the text counts (a form declares its unit once,
 * above the money); "万元" inside a figure ("200万元") declares nothing. Undefined when none is declared.
 */
export function declaredAmountUnit(text: string): AmountUnit | undefined {
  const m =
    /(?:[(（]\s*(?:单位\s*[：:]?\s*)?(万元|亿元|元)\s*[)）]|单位\s*[：:（(]?\s*(万元|亿元|元)(?![\u4e00-\u9fff]))/.exec(
      text,
    );
  const unit = m?.[1] ?? m?.[2];
  if (unit === '万元') return 'wanYuan';
  if (unit === '亿元') return 'yiYuan';
  if (unit === '元') return 'yuan';
  return undefined;
}
