import type { ReportBlock } from '@jixiao/domain';
import { HeadingLevel, PageBreak, Paragraph, type Table, TextRun } from 'docx';
import { attachmentNote, signature } from './closing';
import { STYLE } from './styles';
import { renderTable } from './table';

/** Renders the format-neutral report blocks as Word paragraphs and tables. */

const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

export function renderBlock(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], text: `${block.number}${block.text}` })];
    case 'paragraph':
      return [new Paragraph({ style: STYLE.body, text: block.sentence.text })];
    case 'todo':
      return [new Paragraph({ style: STYLE.todo, text: block.text })];
    case 'table':
      return [
        ...(block.caption ? [new Paragraph({ style: STYLE.caption, text: block.caption })] : []),
        renderTable(block),
      ];
    case 'annex':
      return [
        new Paragraph({ style: STYLE.annexLabel, children: [new PageBreak(), new TextRun(block.label)] }),
        new Paragraph({ style: STYLE.title, text: block.title }),
      ];
    case 'attachmentNote':
      return attachmentNote(block.items, block.label);
    case 'signature':
      return signature(block.signer, block.date);
  }
}
