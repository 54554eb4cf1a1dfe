import { checkZip } from '../file/zip-guard';

/**
 * Reads back what a .docx says: its paragraphs (style and text), section properties and the style
 * and font definitions, from the raw XML. Used by tests and by `jixiao report --explain` checks; it
 * understands the documents this package writes, not every Word file.
 */
export interface DocxParagraph {
  style?: string;
  text: string;
}

export interface DocxInspection {
  paragraphs: DocxParagraph[];
  documentXml: string;
  stylesXml: string;
  fontTableXml: string;
  footersXml: string[];
  headersXml: string[];
  settingsXml: string;
}

const decodeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function paragraphsOf(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const p = m[0];
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => decodeXml(t[1] ?? ''))
      .join('');
    out.push(style ? { style, text } : { text });
  }
  return out;
}

export async function inspectDocx(bytes: Uint8Array): Promise<DocxInspection> {
  checkZip(bytes, 'document.docx');
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const documentXml = await read('word/document.xml');
  const names = Object.keys(zip.files);
  return {
    documentXml,
    paragraphs: paragraphsOf(documentXml),
    stylesXml: await read('word/styles.xml'),
    fontTableXml: await read('word/fontTable.xml'),
    footersXml: await Promise.all(
      names
        .filter((n) => /^word\/footer\d+\.xml$/.test(n))
        .sort()
        .map(read),
    ),
    headersXml: await Promise.all(
      names
        .filter((n) => /^word\/header\d+\.xml$/.test(n))
        .sort()
        .map(read),
    ),
    settingsXml: await read('word/settings.xml'),
  };
}

/** The <w:style> element with this id, as XML. */
export function styleXml(stylesXml: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(stylesXml)?.[0] ?? '';
}
