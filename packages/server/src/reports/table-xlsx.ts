import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

/**
 * A one-sheet .xlsx of a flat table (a bold, frozen header row, then rows of text and numbers), written as
 * its XML parts and zipped: the overview workbook at province scale. ExcelJS, which writes the official
 * 自评表 (formats/sheet-writer), builds a model of every cell first and took 0.25 s of CPU for 10,000 rows of
 * 11 columns even streaming; this takes a tenth of that. Numbers are written as the decimal text given
 * (never through a double), under one number format.
 */

export interface TableColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** Numbers in this column are shown with this format (e.g. "0.00"). */
  numberFormat?: string;
}

/** A cell: text, a number as its exact decimal text ({ number: "89.45" }), an integer, or empty. */
export type TableCell = string | { number: string } | number | null;

const SPECIAL = /[&<>"]/;
const escapeXml = (text: string): string =>
  SPECIAL.test(text)
    ? text.replace(/[&<>"]/g, (c) =>
        c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
      )
    : text;

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Style 0 default, 1 bold (the header), 2 + i the i-th distinct number format. */
function stylesXml(formats: readonly string[]): string {
  const numFmts = formats
    .map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(f)}"/>`)
    .join('');
  const xfs = formats
    .map(
      (_, i) =>
        `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    )
    .join('');
  return `${XML_HEAD}<styleSheet xmlns="${MAIN}">${formats.length ? `<numFmts count="${formats.length}">${numFmts}</numFmts>` : ''}<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${2 + formats.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}

/**
 * The shared-strings table (sharedStrings.xml): each distinct text once, cells pointing at it by index. At
 * 9,000 rows the units, departments, kinds, statuses and grades repeat on every row; as inline strings the
 * sheet was 6 MB of two-byte text to build, collect and deflate, with them shared it is ASCII and a third.
 */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  private uses = 0;
  of(text: string): number {
    this.uses += 1;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.index.set(text, i);
      this.texts.push(text);
    }
    return i;
  }
  xml(): string {
    const items = this.texts.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join('');
    return `${XML_HEAD}<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${this.texts.length}">${items}</sst>`;
  }
}

function sheetXml(
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  formats: readonly string[],
  strings: SharedStrings,
): string {
  const names = columns.map((_, i) => columnName(i));
  const numberStyle = columns.map((c) =>
    c.numberFormat ? ` s="${2 + formats.indexOf(c.numberFormat)}"` : '',
  );
  const text = (ref: string, value: string, style: string) =>
    `<c r="${ref}"${style} t="s"><v>${strings.of(value)}</v></c>`;
  const parts: string[] = [
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>`,
    columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join(''),
    '</cols><sheetData><row r="1">',
    columns.map((c, i) => text(`${names[i]}1`, c.header, ' s="1"')).join(''),
    '</row>',
  ];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const n = r + 2;
    let cells = `<row r="${n}">`;
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      if (cell === null || cell === undefined) continue;
      const ref = `${names[i]}${n}`;
      if (typeof cell === 'string') cells += text(ref, cell, '');
      else if (typeof cell === 'number') cells += `<c r="${ref}"${numberStyle[i]}><v>${cell}</v></c>`;
      else cells += `<c r="${ref}"${numberStyle[i]}><v>${cell.number}</v></c>`;
    }
    parts.push(`${cells}</row>`);
  }
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

const deflate = promisify(deflateRaw);
// The parts have no meaningful time: a fixed date keeps the bytes of a workbook the same for the same table.
const MTIME = new Date(1980, 0, 1);

/**
 * A zip of the given files, each deflated. fflate writes the container; node's zlib deflates, natively and
 * on its thread pool: fflate's own deflate, in JavaScript, took 150–280 ms of the event loop for the 6 MB
 * sheet of 9,000 rows, zlib 40 ms off it (the scale bench's overview workbook).
 */
async function zip(files: readonly { name: string; data: Buffer }[]): Promise<Buffer> {
  const deflated = await Promise.all(files.map((f) => deflate(f.data, { level: 6 })));
  const chunks: Uint8Array[] = [];
  let failure: Error | undefined;
  const archive = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  files.forEach((file, i) => {
    const entry: ZipInputFile = {
      filename: file.name,
      size: file.data.byteLength,
      crc: crc32(file.data),
      compression: 8,
      mtime: MTIME,
    };
    // add() puts its own handler on the entry; the entry's bytes, already deflated, are its one chunk.
    archive.add(entry);
    entry.ondata?.(null, deflated[i] ?? new Uint8Array(), true);
  });
  archive.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

/** The workbook's bytes: one sheet named `sheetName` with the header row and the rows. */
export function tableXlsx(
  sheetName: string,
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
): Promise<Buffer> {
  const formats = [...new Set(columns.flatMap((c) => (c.numberFormat ? [c.numberFormat] : [])))];
  const file = (name: string, xml: string) => ({ name, data: Buffer.from(xml, 'utf8') });
  const strings = new SharedStrings();
  return zip([
    file(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/></Types>`,
    ),
    file(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    file(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    file(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    file('xl/styles.xml', stylesXml(formats)),
    // The sheet first: writing it fills the shared strings.
    file('xl/worksheets/sheet1.xml', sheetXml(columns, rows, formats, strings)),
    file('xl/sharedStrings.xml', strings.xml()),
  ]);
}
