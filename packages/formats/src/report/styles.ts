import { AlignmentType, type IStylesOptions, LineRuleType } from 'docx';
import { FONT, runFont } from './fonts';
import { BODY_CONDENSE, INDENT_TWO_CHARS, LINE_PITCH, SIZE } from './gbt9704';

/** Exact 28.95 pt lines keep 22 lines per page whatever the font's own line height is. */
export const BODY_SPACING = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
/** Tables use single spacing in their smaller size. */
export const TABLE_SPACING = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } as const;

export const STYLE = {
  title: 'ReportTitle',
  body: 'ReportBody',
  tableText: 'ReportTableText',
  caption: 'ReportCaption',
  annexLabel: 'ReportAnnexLabel',
  todo: 'ReportTodo',
} as const;

const heading = (id: string, name: string, font: string, outlineLevel: number) => ({
  id,
  name,
  basedOn: 'Normal',
  next: STYLE.body,
  quickFormat: true,
  run: {
    font: runFont(font),
    size: SIZE.sanHao,
    bold: false,
    color: '000000',
    characterSpacing: BODY_CONDENSE,
  },
  paragraph: {
    spacing: BODY_SPACING,
    indent: { firstLine: INDENT_TWO_CHARS },
    keepNext: true,
    outlineLevel,
    alignment: AlignmentType.BOTH,
  },
});

/**
 * The styles of the report: 一、 in 黑体, （一） in 楷体_GB2312, 1. and （1） in 仿宋_GB2312, all 三号 with a
 * two-character first-line indent (GB/T 9704 7.3.3); body justified in 仿宋_GB2312 三号.
 */
export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: runFont(FONT.body), size: SIZE.sanHao, characterSpacing: BODY_CONDENSE },
      paragraph: { spacing: BODY_SPACING, alignment: AlignmentType.BOTH },
    },
  },
  paragraphStyles: [
    {
      // Normal states 三号 itself: LibreOffice otherwise assumes 12 pt for unstyled text.
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      run: { font: runFont(FONT.body), size: SIZE.sanHao, characterSpacing: BODY_CONDENSE },
      paragraph: { spacing: BODY_SPACING, alignment: AlignmentType.BOTH },
    },
    {
      id: STYLE.title,
      name: 'Report Title',
      basedOn: 'Normal',
      next: STYLE.body,
      quickFormat: true,
      run: { font: runFont(FONT.title), size: SIZE.erHao, characterSpacing: 0 },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { ...BODY_SPACING, after: LINE_PITCH } },
    },
    {
      id: STYLE.body,
      name: 'Report Body',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: runFont(FONT.body), size: SIZE.sanHao, characterSpacing: BODY_CONDENSE },
      paragraph: {
        spacing: BODY_SPACING,
        indent: { firstLine: INDENT_TWO_CHARS },
        alignment: AlignmentType.BOTH,
      },
    },
    heading('Heading1', 'heading 1', FONT.heading1, 0),
    heading('Heading2', 'heading 2', FONT.heading2, 1),
    heading('Heading3', 'heading 3', FONT.body, 2),
    heading('Heading4', 'heading 4', FONT.body, 3),
    {
      id: STYLE.tableText,
      name: 'Report Table Text',
      basedOn: 'Normal',
      run: { font: runFont(FONT.body), size: SIZE.xiaoSi, characterSpacing: 0 },
      paragraph: { spacing: TABLE_SPACING, alignment: AlignmentType.CENTER },
    },
    {
      id: STYLE.caption,
      name: 'Report Table Caption',
      basedOn: 'Normal',
      next: STYLE.body,
      run: { font: runFont(FONT.heading1), size: SIZE.siHao, characterSpacing: 0 },
      paragraph: { alignment: AlignmentType.CENTER, spacing: BODY_SPACING, keepNext: true },
    },
    {
      id: STYLE.annexLabel,
      name: 'Report Annex Label',
      basedOn: 'Normal',
      next: STYLE.body,
      run: { font: runFont(FONT.heading1), size: SIZE.sanHao },
      paragraph: { alignment: AlignmentType.LEFT, spacing: BODY_SPACING, keepNext: true },
    },
    {
      id: STYLE.todo,
      name: 'Report To Do',
      basedOn: STYLE.body,
      run: {
        font: runFont(FONT.body),
        size: SIZE.sanHao,
        color: 'C00000',
        highlight: 'yellow',
        characterSpacing: BODY_CONDENSE,
      },
      paragraph: { spacing: BODY_SPACING, indent: { firstLine: INDENT_TWO_CHARS } },
    },
  ],
};
