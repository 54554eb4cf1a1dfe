/**
 * The official fonts, declared per script so that digits and Latin letters use Times New Roman while
 * Chinese uses the official face (stack-probe pitfall 17). The font table names a fallback for each
 * official font (w:altName) so that Word and WPS on machines without 仿宋_GB2312 or 方正小标宋简体 pick
 * 仿宋 / 宋体 / 黑体 / 楷体 instead of a random sans-serif.
 */

export const LATIN_FONT = 'Times New Roman';

export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

export interface RunFont {
  ascii: string;
  hAnsi: string;
  cs: string;
  eastAsia: string;
  hint: string;
}

/** Chinese in `eastAsia`, digits and Latin in Times New Roman. */
export function runFont(eastAsia: string): RunFont {
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia, hint: 'eastAsia' };
}

/** Page numbers are 宋体 throughout, digits included (GB/T 9704 7.5: 半角宋体阿拉伯数字). */
export function pageNumberFont(): RunFont {
  return {
    ascii: FONT.pageNumber,
    hAnsi: FONT.pageNumber,
    cs: FONT.pageNumber,
    eastAsia: FONT.pageNumber,
    hint: 'eastAsia',
  };
}

interface FontEntry {
  name: string;
  /** What Word/WPS use when `name` is not installed. */
  altName?: string;
  /** 86 = GB2312 (Chinese), 00 = ANSI. */
  charset: '86' | '00';
  family: 'roman' | 'modern' | 'swiss';
  pitch: 'fixed' | 'variable';
}

export const FONT_TABLE: readonly FontEntry[] = [
  { name: LATIN_FONT, charset: '00', family: 'roman', pitch: 'variable' },
  { name: FONT.body, altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '仿宋', altName: 'FangSong', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.title, altName: '宋体', charset: '86', family: 'roman', pitch: 'variable' },
  { name: FONT.heading1, altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.heading2, altName: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体', altName: 'KaiTi', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.pageNumber, altName: 'SimSun', charset: '86', family: 'roman', pitch: 'variable' },
];

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** word/fontTable.xml with the fallbacks above; replaces the empty table the docx library writes. */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map((f) =>
    [
      `<w:font w:name="${escapeXml(f.name)}">`,
      f.altName ? `<w:altName w:val="${escapeXml(f.altName)}"/>` : '',
      `<w:charset w:val="${f.charset}"/>`,
      `<w:family w:val="${f.family}"/>`,
      `<w:pitch w:val="${f.pitch}"/>`,
      '</w:font>',
    ].join(''),
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}
