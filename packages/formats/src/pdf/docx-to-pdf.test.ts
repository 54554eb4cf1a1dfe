import { execFile } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildReport, fixed, isJixiaoError } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../report/seed-support';
import { writeReportDocx } from '../report/write-docx';
import { convertDocxToPdf } from './docx-to-pdf';
import { fontconfigXml } from './fontconfig';
import { findSoffice } from './soffice';

const run = promisify(execFile);
const ARTIFACTS = fileURLToPath(new URL('../../../../artifacts/', import.meta.url));

async function seed004Docx() {
  const seed = await loadSeed('seed-004');
  const report = buildReport(seed.evaluation, seed.result, seed.ruleSet, seed.findings);
  return { seed, report, docx: await writeReportDocx(report) };
}

async function expectLibreOfficeMissing(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isJixiaoError(error) && error.code).toBe('UNSUPPORTED_FORMAT');
  expect(error instanceof Error && error.message).toContain('LibreOffice 未安装');
  expect(error instanceof Error && error.message).toContain('--format docx');
}

describe('convertDocxToPdf', () => {
  it('says in Chinese that LibreOffice is not installed and offers the .docx when soffice is on no PATH', async () => {
    const { docx } = await seed004Docx();
    await expectLibreOfficeMissing(convertDocxToPdf([{ name: 'r', docx }], { env: { PATH: '' } }));
  });

  it('maps 仿宋_GB2312, 方正小标宋简体 and 宋体 to Noto Serif CJK SC, 黑体 to Noto Sans CJK SC and 楷体_GB2312/楷体/KaiTi to AR PL UKai CN', () => {
    const xml = fontconfigXml();
    for (const family of ['仿宋_GB2312', '仿宋', '方正小标宋简体', '宋体']) {
      expect(xml).toContain(`<family>${family}</family><prefer><family>Noto Serif CJK SC</family>`);
    }
    for (const family of ['楷体_GB2312', '楷体', 'KaiTi']) {
      expect(xml).toContain(`<family>${family}</family><prefer><family>AR PL UKai CN</family>`);
    }
    expect(xml).toContain('<family>黑体</family><prefer><family>Noto Sans CJK SC</family>');
  });

  it('renders the seed 004 report to PDF with its title and total score 94.24 in the text layer, page 1 kept as PNG (or says LibreOffice is missing)', async () => {
    const { docx, report, seed } = await seed004Docx();
    if (!(await findSoffice())) {
      await expectLibreOfficeMissing(convertDocxToPdf([{ name: 'seed-004', docx }]));
      return;
    }
    const [pdf] = await convertDocxToPdf([{ name: 'seed-004', docx }]);
    expect(pdf?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await mkdir(ARTIFACTS, { recursive: true });
    const pdfPath = `${ARTIFACTS}seed-004-report.pdf`;
    await writeFile(pdfPath, pdf ?? Buffer.alloc(0));
    // poppler-utils comes with LibreOffice in the documented install; without it this fails loudly.
    await run('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdfPath,
      `${ARTIFACTS}seed-004-report-page1`,
    ]);
    expect((await stat(`${ARTIFACTS}seed-004-report-page1.png`)).size).toBeGreaterThan(10_000);
    const { stdout: info } = await run('pdfinfo', [pdfPath]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    await run('pdftotext', ['-layout', pdfPath, `${ARTIFACTS}seed-004-report.txt`]);
    const text = (await readFile(`${ARTIFACTS}seed-004-report.txt`, 'utf8')).replace(/\s+/g, '');
    expect(text).toContain(report.title);
    expect(seed.result.totalScore.toString()).toBe('94.24');
    expect(text).toContain(`总得分${fixed(seed.result.totalScore, 2)}分`);
    expect(text).toContain('—1—');
  });

  it('renders seed 000, which has no indicator, to a PDF that says 未评分 and prints no 0.00分 and no grade', async () => {
    const seed = await loadSeed('seed-000');
    const report = buildReport(seed.evaluation, seed.result, seed.ruleSet, seed.findings);
    const docx = await writeReportDocx(report);
    if (!(await findSoffice())) {
      await expectLibreOfficeMissing(convertDocxToPdf([{ name: 'seed-000', docx }]));
      return;
    }
    const [pdf] = await convertDocxToPdf([{ name: 'seed-000', docx }]);
    await mkdir(ARTIFACTS, { recursive: true });
    const pdfPath = `${ARTIFACTS}seed-000-report.pdf`;
    await writeFile(pdfPath, pdf ?? Buffer.alloc(0));
    await run('pdftotext', [pdfPath, `${ARTIFACTS}seed-000-report.txt`]);
    const text = (await readFile(`${ARTIFACTS}seed-000-report.txt`, 'utf8')).replace(/\s+/g, '');
    expect(text).toContain('未评分：未填报绩效指标，无法计算总分，不评定等级。');
    expect(text).toContain('单位自评报告称自评得分100分（报告所述，非本系统计算）');
    expect(text).not.toContain('0.00分');
    expect(text).not.toMatch(/等级[为：]“?[优良中差]/);
  });
});
