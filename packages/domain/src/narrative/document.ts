import type { Message } from '../messages/define';
import type { NarrativeFigure, NarrativeSentence } from './sentence';

/**
 * A report as a format-neutral list of blocks: the .docx writer renders it, `--explain` lists its
 * sources, tests read its outline. Headings arrive numbered (一、（一）1.（1）) because empty sections
 * are left out and the numbering must close the gaps.
 */

export interface ReportTableCell {
  text: string;
  /** Set when the cell shows a computed or entered figure, for the sources listing. */
  figure?: NarrativeFigure;
  colSpan?: number;
  /** Merged down over this many rows; the rows below leave the cell out. */
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
}

export interface ReportTableColumn {
  label: string;
  /** Relative width. The .docx writer no longer reads it: it sizes the columns by their content. */
  width: number;
}

export type ReportBlock =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; number: string; text: string }
  | { type: 'paragraph'; sentence: NarrativeSentence; origin: 'generated' | 'entered'; section: string }
  /** A required section the unit has not written yet: only ever in a draft. */
  | { type: 'todo'; text: string; section: string }
  | {
      type: 'table';
      caption?: string;
      columns: ReportTableColumn[];
      rows: ReportTableCell[][];
      section: string;
    }
  /** Starts an annex on a new page: "附件" and its centred title. */
  | { type: 'annex'; label: string; title: string }
  /**
   * 附件说明 (GB/T 9704-2012 §7.3.4) after the body: "附件：自评表名", numbered "1. …" when several. The
   * names as printed, without closing punctuation.
   */
  | { type: 'attachmentNote'; items: string[] }
  /**
   * 署名 and 成文日期 at the end of the body (§7.3.5.2): the unit's name, and the date as printed in
   * Arabic numerals ("2023年3月28日"). The writer places them right-aligned under a blank line.
   */
  | { type: 'signature'; signer: string; date?: string };

export interface ReportDocument {
  title: string;
  kind: 'project' | 'unitWide';
  /** True when the report is unfinished: asked for, required sections empty, or checks found errors. */
  draft: boolean;
  /** Why it is a draft, each reason a message in both languages (the document itself prints the Chinese). */
  draftReasons: Message[];
  blocks: ReportBlock[];
}

/** One line of the sources listing (`jixiao report --explain`, the .sources.json sidecar). */
export interface SourceEntry {
  section: string;
  text: string;
  figures: NarrativeFigure[];
}

/** Every generated sentence and table cell that shows a figure, with where each figure comes from. */
export function listSources(doc: ReportDocument): SourceEntry[] {
  const out: SourceEntry[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'paragraph' && block.sentence.figures.length > 0) {
      out.push({ section: block.section, text: block.sentence.text, figures: block.sentence.figures });
    } else if (block.type === 'table') {
      for (const row of block.rows) {
        const figures = row.flatMap((c) => (c.figure ? [c.figure] : []));
        if (figures.length > 0) {
          out.push({
            section: block.caption ?? block.section,
            text: row.map((c) => c.text).join(' | '),
            figures,
          });
        }
      }
    }
  }
  return out;
}

/** The headings in order, as printed ("一、基本情况"), for outline checks. */
export function listHeadings(doc: ReportDocument): string[] {
  return doc.blocks.flatMap((b) => (b.type === 'heading' ? [`${b.number}${b.text}`] : []));
}
