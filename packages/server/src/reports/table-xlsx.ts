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

/**
 * The sheet's XML written straight into bytes: every row is ASCII (texts are shared-string indexes, numbers
 * their decimal text), so fixed pieces are copied, integers written digit by digit and no string is built
 * per cell. Built as strings, the 9,000-row sheet made some 300,000 small strings a request, and their
 * collection cost more than the writing.
 */
class AsciiWriter {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private at = 0;
  private room(n: number): void {
    if (this.at + n <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.at + n));
    this.buffer.copy(grown, 0, 0, this.at);
    this.buffer = grown;
  }
  /** Fixed ASCII bytes (see `ascii`). */
  bytes(piece: Uint8Array): void {
    this.room(piece.length);
    this.buffer.set(piece, this.at);
    this.at += piece.length;
  }
  /** ASCII text (decimals, refs): one byte per character. */
  text(value: string): void {
    this.room(value.length);
    for (let i = 0; i < value.length; i++) this.buffer[this.at++] = value.charCodeAt(i);
  }
  /** A non-negative integer's digits. */
  int(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) {
      this.text(String(value));
      return;
    }
    this.room(16);
    const from = this.at;
    let n = value;
    do {
      this.buffer[this.at++] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
    this.buffer.subarray(from, this.at).reverse();
  }
  done(): Buffer {
    return this.buffer.subarray(0, this.at);
  }
}

const ascii = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const ROW_OPEN = ascii('<row r="');
const ROW_OPENED = ascii('">');
const ROW_CLOSE = ascii('</row>');
const CELL_OPEN = ascii('<c r="');
const VALUE_CLOSE = ascii('</v></c>');
/** A decimal text is written as given only when it is one (the stored numeric's text always is). */
const DECIMAL = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

function sheetXml(
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  formats: readonly string[],
  strings: SharedStrings,
): Buffer {
  const names = columns.map((_, i) => ascii(columnName(i)));
  const style = (c: TableColumn) => (c.numberFormat ? ` s="${2 + formats.indexOf(c.numberFormat)}"` : '');
  // After the cell's row number: what opens its value, as text (shared) or as a number under its format.
  const textOpen = ascii('" t="s"><v>');
  const numberOpen = columns.map((c) => ascii(`"${style(c)}><v>`));
  const out = new AsciiWriter();
  out.bytes(
    Buffer.from(
      `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${columns
        .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
        .join('')}</cols><sheetData><row r="1">${columns
        .map((c, i) => `<c r="${columnName(i)}1" s="1" t="s"><v>${strings.of(c.header)}</v></c>`)
        .join('')}</row>`,
      'utf8',
    ),
  );
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const n = r + 2;
    out.bytes(ROW_OPEN);
    out.int(n);
    out.bytes(ROW_OPENED);
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      const name = names[i];
      if (cell === null || cell === undefined || name === undefined) continue;
      out.bytes(CELL_OPEN);
      out.bytes(name);
      out.int(n);
      if (typeof cell === 'string') {
        out.bytes(textOpen);
        out.int(strings.of(cell));
      } else {
        out.bytes(numberOpen[i] ?? textOpen);
        if (typeof cell === 'number') out.int(cell);
        else if (DECIMAL.test(cell.number)) out.text(cell.number);
        else throw new RangeError(`not a decimal: ${cell.number}`);
      }
      out.bytes(VALUE_CLOSE);
    }
    out.bytes(ROW_CLOSE);
  }
  out.bytes(ascii('</sheetData></worksheet>'));
  return out.done();
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
  const file = (name: string, xml: string | Buffer) => ({
    name,
    data: typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml,
  });
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
