import { isJixiaoError } from '@jixiao/domain';
import type JSZip from 'jszip';
import { checkZip } from '../../file/zip-guard';
import { formatsMessage as m } from '../../messages';
import { type AuditDocument, numberBlocks } from '../document';
import { normaliseText } from '../normalise';
import { LIMITS, unreadable, xmlDepth } from './limits';

/**
 * .docx: paragraphs and tables of word/document.xml in document order. Merged cells repeat their text in
 * every grid position they cover (gridSpan across, vMerge down), so a table reads as a full grid.
 * Deleted revisions (w:del) and field codes are skipped. Guards: unzipped size, XML depth.
 */

type XNode = Record<string, unknown>;
type RawBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export async function readDocx(data: Uint8Array, file: string): Promise<AuditDocument> {
  if (OLE_MAGIC.every((b, i) => data[i] === b)) {
    throw unreadable(file, m('audit.docxEncrypted'));
  }
  if (!(data[0] === 0x50 && data[1] === 0x4b)) throw unreadable(file, m('audit.docxNotZip'));
  measureZip(data, file);
  // Loaded on first use, so that loading the formats package (the server's start) does not pay for them.
  const [{ default: JSZip }, { XMLParser, XMLValidator }] = await Promise.all([
    import('jszip'),
    import('fast-xml-parser'),
  ]);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw unreadable(file, m('audit.docxDamaged'));
  }
  const entry = zip.file('word/document.xml');
  if (!entry) throw unreadable(file, m('audit.docxNoBody'));
  const xml = await inflateBounded(entry, file);
  if (xmlDepth(xml, LIMITS.maxXmlDepth) > LIMITS.maxXmlDepth) {
    throw unreadable(file, m('audit.xmlTooDeep', { max: LIMITS.maxXmlDepth }));
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw unreadable(file, m('audit.xmlInvalidAt', { line: valid.err.line }));
  }
  let tree: XNode[];
  try {
    const parser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      trimValues: false,
      processEntities: true,
      htmlEntities: false,
    });
    tree = parser.parse(xml) as XNode[];
  } catch {
    throw unreadable(file, m('audit.xmlInvalid'));
  }
  const body = findBody(tree);
  if (!body) throw unreadable(file, m('audit.docxEmptyBody'));
  const raw: RawBlock[] = [];
  walkBody(children(body), raw);
  const blocks = numberBlocks(raw.map(normaliseBlock));
  if (blocks.length === 0) throw unreadable(file, m('audit.docxNoText'));
  return { file, format: 'docx', blocks };
}

/** Real inflated sizes are measured before JSZip opens anything; a refusal for size keeps its own message. */
function measureZip(data: Uint8Array, file: string): void {
  try {
    checkZip(data, file, LIMITS.maxUnzippedBytes);
  } catch (e) {
    if (isJixiaoError(e) && e.key === 'sheet.refused') throw e;
    throw unreadable(file, m('audit.docxDamaged'));
  }
}

/** Inflates one entry chunk by chunk and stops once it grows past the limit (zip bombs never fully inflate). */
function inflateBounded(entry: JSZip.JSZipObject, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const stream = entry.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        if (done) return;
        total += chunk.length;
        if (total > LIMITS.maxXmlBytes) {
          done = true;
          stream.pause();
          reject(unreadable(file, m('audit.xmlTooLarge', { mb: LIMITS.maxXmlBytes / 1024 / 1024 })));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => {
        if (done) return;
        done = true;
        reject(unreadable(file, m('audit.inflateFailed')));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        resolve(Buffer.concat(chunks).toString('utf8'));
      });
  });
}

function normaliseBlock(b: RawBlock): RawBlock {
  if (b.kind === 'paragraph') return { kind: 'paragraph', text: normaliseText(b.text).trim() };
  return {
    kind: 'table',
    rows: b.rows.map((r) =>
      r.map((c) =>
        normaliseText(c)
          .replace(/\s*\n\s*/g, ' ')
          .trim(),
      ),
    ),
  };
}

function tagOf(n: XNode): string | undefined {
  return Object.keys(n).find((k) => k !== ':@');
}

function children(n: XNode): XNode[] {
  const tag = tagOf(n);
  const v = tag ? n[tag] : undefined;
  return Array.isArray(v) ? (v as XNode[]) : [];
}

function attr(n: XNode, name: string): string | undefined {
  const a = n[':@'];
  if (a && typeof a === 'object') {
    const v = (a as Record<string, unknown>)[`@_${name}`];
    return v === undefined ? undefined : String(v);
  }
  return undefined;
}

function findBody(nodes: XNode[]): XNode | undefined {
  const doc = nodes.find((n) => tagOf(n) === 'w:document');
  return doc ? children(doc).find((n) => tagOf(n) === 'w:body') : undefined;
}

function walkBody(nodes: XNode[], out: RawBlock[]): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === 'w:p') out.push({ kind: 'paragraph', text: paragraphText(n) });
    else if (tag === 'w:tbl') out.push({ kind: 'table', rows: tableRows(n) });
    else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml' || tag === 'w:ins')
      walkBody(children(n), out);
  }
}

/** Text of a paragraph (or of everything inside a node): runs in order, tabs and breaks kept, deletions skipped. */
function paragraphText(p: XNode): string {
  let s = '';
  const stack: XNode[] = [p];
  // Depth-first in document order without recursion.
  const ordered: XNode[] = [];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n) continue;
    const tag = tagOf(n);
    if (tag === 'w:del' || tag === 'w:instrText' || tag === 'w:delText' || tag === 'w:tbl') continue;
    ordered.push(n);
    const kids = children(n);
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
  for (const n of ordered) {
    const tag = tagOf(n);
    if (tag === 'w:t')
      s += children(n)
        .map((c) => String(c['#text'] ?? ''))
        .join('');
    else if (tag === 'w:tab') s += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') s += '\n';
    else if (tag === 'w:p' && n !== p) s += '\n';
  }
  return s;
}

function tableRows(tbl: XNode): string[][] {
  const rows: string[][] = [];
  for (const tr of children(tbl)) {
    if (tagOf(tr) !== 'w:tr') continue;
    const row: string[] = [];
    for (const tc of children(tr)) {
      if (tagOf(tc) !== 'w:tc') continue;
      const pr = children(tc).find((k) => tagOf(k) === 'w:tcPr');
      const props = pr ? children(pr) : [];
      const spanNode = props.find((k) => tagOf(k) === 'w:gridSpan');
      const span = Math.max(1, Math.min(64, Number(spanNode ? attr(spanNode, 'w:val') : 1) || 1));
      const vMergeNode = props.find((k) => tagOf(k) === 'w:vMerge');
      const continues = vMergeNode !== undefined && attr(vMergeNode, 'w:val') !== 'restart';
      const col = row.length;
      const text = continues
        ? (rows[rows.length - 1]?.[col] ?? '')
        : children(tc)
            .filter((k) => tagOf(k) === 'w:p' || tagOf(k) === 'w:tbl' || tagOf(k) === 'w:sdt')
            .map((k) => paragraphText(k))
            .join('\n');
      for (let i = 0; i < span; i++) row.push(text);
    }
    rows.push(row);
  }
  return rows;
}
