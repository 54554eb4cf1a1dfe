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
  /**
   * 附件说明 (GB/T 9704-2012 §7.3.4): after the body, before the 署名, one line per annex in annex
   * order, each title exactly as the annex page gives it. Printed "附件：…" (label "附件"), or "附件：1. …" "2. …".
   */
  | { type: 'attachmentNote'; label: string; items: string[] }
  /**
   * 发文机关署名 and 成文日期 closing the body (§7.3.5.2, unsealed document): the unit's name, and the
   * date in Arabic numerals ("2023年3月28日"): the data's report date, else the day the document is
   * produced. The writer places them (署名 右空二字, the date two characters further right below it).
   */
  | { type: 'signature'; signer: string; date?: string }
  /** Starts an annex on a new page: "附件" and its centred title. */
  | { type: 'annex'; label: string; title: string };

export interface ReportDocument {
  title: string;
  /**
   * The title in the words it is made of (unit, year, project, kind of report), joined they give
   * `title`: a writer that breaks the title over lines breaks it between these, never inside a word.
   */
  titleParts: string[];
  kind: 'project' | 'unitWide';
  /** True when the report is unfinished: asked for, required sections empty, or checks found errors. */
  draft: boolean;
  /** Why it is a draft, each reason a message in both languages (the document itself prints the Chinese). */
  draftReasons: Message[];
  blocks: ReportBlock[];
}

/** A paragraph the data wrote, with its figures and their sources. */
export function generatedParagraph(sentence: NarrativeSentence, section: string): ReportBlock {
  return { type: 'paragraph', sentence, origin: 'generated', section };
}

/** A paragraph as the unit wrote it (it shows no computed figure). */
export function enteredParagraph(text: string, section: string): ReportBlock {
  return { type: 'paragraph', sentence: { text, figures: [] }, origin: 'entered', section };
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
