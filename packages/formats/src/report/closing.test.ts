import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { attachmentNote, signature, signaturePlacement } from './closing';
import { paragraphsOf } from './docx-inspect';

/** A body character is 320 − 5 = 315 twips; a half-width unit (a digit) 157.5. */

async function documentXml(children: ReturnType<typeof signature>): Promise<string> {
  const zip = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  const { default: JSZip } = await import('jszip');
  return (await (await JSZip.loadAsync(zip)).file('word/document.xml')?.async('string')) ?? '';
}

describe('signaturePlacement', () => {
  it('sets the 署名 two characters from the right and the date two characters right of its first character', () => {
    // 署名 11 汉字 = 22 units, date "2023年3月28日" = 4 + 2 + 1 + 2 + 2 + 2 = 13 units.
    // 署名 right indent 4 units = 630 twips; date right indent 4 + 22 − 4 − 13 = 9 units = 1417.5 → 1418.
    expect(signaturePlacement('重庆市璧山区科学技术局', '2023年3月28日')).toEqual({
      signer: 630,
      date: 1418,
    });
  });

  it('moves a short 署名 left so that a longer date keeps two characters from the right', () => {
    // 区科协 = 6 units, date 13: the 署名 ends 13 + 8 − 6 = 15 units (2362.5 → 2363 twips) from the
    // right, the date 15 + 6 − 4 − 13 = 4 units (630).
    expect(signaturePlacement('区科协', '2023年3月28日')).toEqual({ signer: 2363, date: 630 });
  });

  it('without a date puts the 署名 two characters from the right', () => {
    expect(signaturePlacement('区科协', undefined)).toEqual({ signer: 630, date: 0 });
  });
});

describe('signature and attachmentNote', () => {
  it('writes a blank line, then the 署名 and the date right-aligned, kept together', async () => {
    const xml = await documentXml(signature('重庆市璧山区科学技术局', '2023年3月28日'));
    expect(paragraphsOf(xml).map((p) => p.text)).toEqual(['', '重庆市璧山区科学技术局', '2023年3月28日']);
    expect(xml.match(/<w:jc w:val="right"\/>/g)).toHaveLength(2);
    expect(xml).toContain('w:right="630"');
    expect(xml).toContain('w:right="1418"');
    expect(xml.match(/<w:keepNext\/>/g)).toHaveLength(2);
  });

  it('writes "附件：" two characters in, numbering several attachments under each other', async () => {
    const xml = await documentXml(attachmentNote(['部门整体支出绩效自评表', '项目清单']));
    expect(paragraphsOf(xml).map((p) => p.text)).toEqual([
      '',
      '附件：1. 部门整体支出绩效自评表',
      '2. 项目清单',
    ]);
    // 附件： is 6 units = 945 twips; two characters of indent are 640: left 1585, the first line hanging 945.
    expect(xml).toContain('w:left="1585" w:hanging="945"');
    expect(xml).toContain('w:left="1585" w:firstLine="0"');
    expect(paragraphsOf(await documentXml(attachmentNote(['自评表']))).map((p) => p.text)).toEqual([
      '',
      '附件：自评表',
    ]);
  });
});
