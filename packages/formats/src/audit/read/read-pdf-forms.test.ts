import { beforeAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf } from '../../pdf/docx-to-pdf';
import { findSoffice } from '../../pdf/soffice';
import { auditDocument } from '../audit';
import type { AuditDocument } from '../document';
import { documentToDocx, SOFFICE_MISSING } from '../testing/make-files';
import { CHONGQING_UNIT_FORM, SICHUAN_PROJECT_FORM } from '../testing/provincial-forms';
import { readPdf } from './read-pdf';

/**
 * The provincial forms printed to PDF by LibreOffice, as a Word table and as one paragraph of space-separated
 * cells per row, and read back by position: the audit finds each form's one error and nothing else as one.
 */
const FORMS = {
  '重庆 部门整体': { rows: CHONGQING_UNIT_FORM, error: ['text.met-target-lost-points', '20', '17.5'] },
  '四川 项目支出': { rows: SICHUAN_PROJECT_FORM, error: ['text.missed-target-full-marks', '16.00', '20'] },
};

const asTable = (rows: readonly (readonly string[])[]): AuditDocument => ({
  format: 'docx',
  blocks: [
    { kind: 'paragraph', index: 1, text: rows[0]?.[0] ?? '' },
    { kind: 'table', index: 1, rows: rows.slice(1).map((r) => [...r]) },
  ],
});
const asLines = (rows: readonly (readonly string[])[]): AuditDocument => ({
  format: 'docx',
  blocks: rows.map((r, i) => ({
    kind: 'paragraph',
    index: i + 1,
    text: r.filter((c) => c !== '').join(' '),
  })),
});

const read = new Map<string, AuditDocument>();

beforeAll(async () => {
  if (!(await findSoffice())) throw new Error(SOFFICE_MISSING);
  const jobs = Object.entries(FORMS).flatMap(([name, f]) => [
    { key: `${name} table`, doc: asTable(f.rows) },
    { key: `${name} lines`, doc: asLines(f.rows) },
  ]);
  const pdfs = await convertDocxToPdf(
    await Promise.all(jobs.map(async (j, i) => ({ name: `form-${i}`, docx: await documentToDocx(j.doc) }))),
  );
  for (const [i, j] of jobs.entries()) {
    const pdf = pdfs[i];
    if (pdf) read.set(j.key, await readPdf(new Uint8Array(pdf), `${j.key}.pdf`));
  }
}, 120_000);

describe('provincial forms read from a PDF', () => {
  for (const [name, f] of Object.entries(FORMS))
    for (const shape of ['table', 'lines'])
      it(`${name}, printed as ${shape === 'table' ? 'a Word table' : 'space-separated lines'}: one error, ${f.error.join(' ')}`, () => {
        const doc = read.get(`${name} ${shape}`);
        expect(doc).toBeDefined();
        const errors = auditDocument(doc as AuditDocument).findings.filter((x) => x.severity === 'error');
        expect(errors.map((x) => [x.code, x.expected, x.actual])).toEqual([f.error]);
      });
});
