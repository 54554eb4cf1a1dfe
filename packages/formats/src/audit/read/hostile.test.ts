import { execFile } from 'node:child_process';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isJixiaoError } from '@jixiao/domain';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFile } from '../audit';
import { sofficePath } from '../testing/make-files';
import { readDocx } from './read-docx';
import { readReport } from './read-file';
import { readPdf } from './read-pdf';

/**
 * Files a reviewer may be sent that are not reports at all: each gives a clear Chinese error (a JixiaoError
 * naming the file), never a crash, and without reading more than the limits allow.
 */
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-hostile-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isJixiaoError(e)) return { code: e.code, message: e.message };
    throw new Error(`not a JixiaoError: ${String(e)}`);
  }
  throw new Error('expected a failure');
}

async function docxWith(xml: string, level = 6): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level } });
}

describe('hostile and unreadable files', () => {
  it.each(['empty.txt', 'empty.docx', 'empty.pdf', 'empty.md'])('refuses the empty file %s', async (name) => {
    const p = join(dir, name);
    await writeFile(p, '');
    const f = await failure(readReport(p));
    expect(f.code).toBe('UNREADABLE_FILE');
    expect(f.message).toContain('文件是空的');
    expect(f.message).toContain(name);
  });

  it('refuses a missing file with a Chinese message', async () => {
    expect((await failure(readReport(join(dir, 'nope.docx')))).message).toContain('不存在');
  });

  it('refuses legacy .doc and unknown types by name', async () => {
    expect((await failure(readReport(join(dir, 'old.doc')))).message).toContain('另存为 .docx');
    expect((await failure(readReport(join(dir, 'x.exe')))).code).toBe('UNSUPPORTED_FORMAT');
  });

  it.each(['huge.txt', 'huge.docx', 'huge.pdf'])(
    'refuses a 100 MB file (%s) before reading it',
    async (name) => {
      const p = join(dir, name);
      const fh = await open(p, 'w');
      await fh.truncate(100 * 1024 * 1024); // sparse: 100 MB on paper, nothing written
      await fh.close();
      const before = process.memoryUsage().rss;
      const f = await failure(readReport(p));
      expect(f.message).toContain('超过上限');
      expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    },
  );

  it('refuses an encrypted Office file (OLE container) and says why', async () => {
    const data = new Uint8Array(4096);
    data.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await failure(readDocx(data, 'secret.docx'))).message).toContain('已加密');
  });

  it('stops inflating a zip bomb once the text passes the limit', async () => {
    // 80 MB of one character compresses to about 80 KB; the reader must stop at 64 MB.
    const bomb = await docxWith(
      `<w:document><w:body><w:p><w:r><w:t>${'0'.repeat(80 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`,
      1,
    );
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect((await failure(readDocx(bomb, 'bomb.docx'))).message).toContain('zip 炸弹');
  });

  it('refuses deeply nested XML without recursing into it', async () => {
    const depth = 100_000;
    const xml = `<w:document><w:body>${'<w:sdt>'.repeat(depth)}${'</w:sdt>'.repeat(depth)}</w:body></w:document>`;
    expect((await failure(readDocx(await docxWith(xml), 'deep.docx'))).message).toContain('嵌套');
  });

  it('refuses broken XML, a zip without a body and bytes that are no zip', async () => {
    expect((await failure(readDocx(await docxWith('<w:document><w:body><w:p>'), 'bad.docx'))).code).toBe(
      'UNREADABLE_FILE',
    );
    const noBody = new JSZip();
    noBody.file('x.txt', 'x');
    expect(
      (await failure(readDocx(await noBody.generateAsync({ type: 'uint8array' }), 'nobody.docx'))).message,
    ).toContain('缺少正文');
    expect((await failure(readDocx(new TextEncoder().encode('hello'), 'text.docx'))).message).toContain(
      '不是有效的 .docx',
    );
  });

  it('refuses malformed PDFs: no header, garbage after the header, no text layer', async () => {
    expect((await failure(readPdf(new TextEncoder().encode('not a pdf'), 'a.pdf'))).message).toContain(
      '不是有效的 PDF',
    );
    expect(
      (await failure(readPdf(new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog'), 'b.pdf'))).code,
    ).toBe('UNREADABLE_FILE');
    const empty =
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF';
    expect((await failure(readPdf(new TextEncoder().encode(empty), 'scan.pdf'))).message).toContain(
      '没有文字层',
    );
  });

  it('refuses binary content saved as .txt', async () => {
    const p = join(dir, 'binary.txt');
    await writeFile(
      p,
      new Uint8Array(2048).map((_, i) => (i % 3 === 0 ? 0 : i % 256)),
    );
    expect((await failure(readReport(p))).message).toContain('二进制');
  });

  it('never crashes on random bytes as .docx or .pdf, with or without a valid header (fuzz)', async () => {
    const pdfHead = new TextEncoder().encode('%PDF-1.4\n');
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom('none', 'zip', 'pdf'),
        async (bytes, head) => {
          const prefix =
            head === 'zip'
              ? new Uint8Array([0x50, 0x4b, 0x03, 0x04])
              : head === 'pdf'
                ? pdfHead
                : new Uint8Array();
          const data = new Uint8Array([...prefix, ...bytes]);
          for (const read of [readDocx, readPdf]) {
            try {
              await read(data, 'fuzz');
            } catch (e) {
              expect(isJixiaoError(e)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads an encrypted PDF as "needs a password" when LibreOffice can make one', async () => {
    const soffice = sofficePath();
    if (!soffice) {
      // Without LibreOffice the same path is shown with a PDF whose header names an encryption dictionary.
      const fake = '%PDF-1.4\ntrailer<</Encrypt 9 0 R/Root 1 0 R>>\n%%EOF';
      expect((await failure(readPdf(new TextEncoder().encode(fake), 'enc.pdf'))).code).toBe(
        'UNREADABLE_FILE',
      );
      return;
    }
    const src = join(dir, 'enc.txt');
    await writeFile(src, '加密测试');
    const filter =
      'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
    await promisify(execFile)(
      soffice,
      ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', filter, '--outdir', dir, src],
      {
        timeout: 120_000,
      },
    );
    const f = await failure(auditFile(join(dir, 'enc.pdf')));
    expect(f.message).toContain('已加密');
  }, 150_000);
});
