import { displayWidth } from '@jixiao/domain';
import { AlignmentType, Paragraph } from 'docx';
import { BODY_CONDENSE, INDENT_TWO_CHARS, SIZE } from './gbt9704';
import { STYLE } from './styles';

/**
 * The end of the body as GB/T 9704-2012 places it: 附件说明 (§7.3.4) and 署名 with 成文日期 (§7.3.5.2,
 * a document without a seal), each under a blank line.
 */

/** One body character as set: a 三号 汉字 condensed by 0.25 pt (315 twips); digits are half of it. */
const CHAR = SIZE.sanHao * 10 + BODY_CONDENSE;
const twips = (halfUnits: number): number => Math.round((halfUnits * CHAR) / 2);

const blankLine = (): Paragraph => new Paragraph({ style: STYLE.body, text: '' });

/**
 * "附件：名称" two characters in; several attachments are numbered "1. …" and each later one starts
 * under the first one's number, so the numbers line up.
 */
export function attachmentNote(items: readonly string[], name = '附件'): Paragraph[] {
  if (items.length === 0) return [];
  const label = `${name}：`;
  const numbered = items.length > 1 ? items.map((t, i) => `${i + 1}. ${t}`) : [...items];
  const hang = twips(displayWidth(label));
  return [
    blankLine(),
    ...numbered.map(
      (text, i) =>
        new Paragraph({
          style: STYLE.body,
          text: i === 0 ? `${label}${text}` : text,
          indent:
            i === 0
              ? { left: INDENT_TWO_CHARS + hang, hanging: hang }
              : { left: INDENT_TWO_CHARS + hang, firstLine: 0 },
        }),
    ),
  ];
}

/**
 * 署名 right-aligned two characters from the right edge, 成文日期 on the next line starting two
 * characters right of the 署名's first character; when the date is the longer of the two, the date
 * keeps its two characters from the edge and the 署名 moves left instead.
 */
export function signaturePlacement(
  signer: string,
  date: string | undefined,
): { signer: number; date: number } {
  const s = displayWidth(signer);
  if (date === undefined) return { signer: twips(4), date: 0 };
  const d = displayWidth(date);
  // In half-width units: 4 = two characters.
  const signerRight = Math.max(4, d + 8 - s);
  return { signer: twips(signerRight), date: twips(signerRight + s - 4 - d) };
}

export function signature(signer: string, date: string | undefined): Paragraph[] {
  const right = signaturePlacement(signer, date);
  // The blank line, 署名 and 日期 stay on one page.
  const line = (text: string, indent: number, keepNext: boolean) =>
    new Paragraph({
      style: STYLE.body,
      alignment: AlignmentType.RIGHT,
      indent: { right: indent, firstLine: 0 },
      keepNext,
      text,
    });
  return [
    new Paragraph({ style: STYLE.body, text: '', keepNext: true }),
    line(signer, right.signer, date !== undefined),
    ...(date === undefined ? [] : [line(date, right.date, false)]),
  ];
}
