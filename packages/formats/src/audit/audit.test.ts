import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportPath } from '../../test/seed-reports/seeds';
import { auditFile, auditFolder, auditText, expandCheckInputs } from './audit';
import { auditFindingJson, auditSummaryTable, renderAuditReport } from './render';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-audit-'));
  await mkdir(join(dir, 'sub'));
  await copyFile(seedReportPath('s003'), join(dir, 'a.txt'));
  await copyFile(seedReportPath('s004'), join(dir, 'sub', 'b.md'));
  await writeFile(join(dir, 'sub', 'empty.docx'), '');
  await writeFile(join(dir, 'notes.json'), '{}');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('audit pipeline', () => {
  it('audits a folder recursively and lists unreadable files instead of failing', async () => {
    const { reports, failures } = await auditFolder(dir);
    expect(reports.map((r) => r.file)).toEqual(['a.txt', join('sub', 'b.md')]);
    expect(failures).toEqual([
      {
        file: join('sub', 'empty.docx'),
        error: { code: 'UNREADABLE_FILE', message: expect.stringContaining('文件是空的') },
      },
    ]);
    expect(await expandCheckInputs([dir])).toHaveLength(3);
  });

  it('gives the engine finding shape plus evidence, recomputation and confidence in JSON', async () => {
    const r = await auditFile(join(dir, 'a.txt'));
    const json = auditFindingJson(r.findings[0] ?? (undefined as never), 'zh');
    expect(json).toMatchObject({
      code: 'text.breakdown-sum',
      severity: 'error',
      expected: '164.52',
      actual: '163.68',
      confidence: 'sure',
      engineCode: 'income.parts-mismatch',
      recomputation: '0.84 + 163.68 + 0 + 0 = 164.52 万元；所述合计 163.68 万元',
    });
    expect(json.evidence[0]?.quote).toContain('其中：上年结转年0.84万元');
    expect(json.evidence[0]?.where).toMatch(/^第 \d+ 段$/);
  });

  it('the engine reaches the same findings on the evaluation built from the text (seed 004)', async () => {
    const r = await auditFile(join(dir, 'sub', 'b.md'));
    const byCode = Object.fromEntries(r.findings.map((f) => [f.code, f.engineCode]));
    expect(byCode['text.score-rate-mismatch']).toBe('indicator.score-rate-mismatch');
    expect(byCode['text.unspent-without-carryover']).toBe('carryover.unspent-not-carried');
    expect(byCode['text.unspent-high']).toBe('flag.yellow-unspent');
  });

  it('renders a human summary with the quoted text and one summary row per file', async () => {
    const r = await auditFile(join(dir, 'a.txt'));
    const text = renderAuditReport(r, 'zh');
    expect(text).toContain('审核发现（错误 2，警告 0，提示 0');
    expect(text).toContain('复核：0.84 + 163.68 + 0 + 0 = 164.52');
    const table = auditSummaryTable(
      [
        { file: 'a.txt', report: r },
        { file: 'x.pdf', error: '无法读取' },
      ],
      'zh',
    );
    expect(table.rows).toEqual([
      ['a.txt', '乐山市市中区科学技术协会', '2022', '', '', '2', '0', '0'],
      ['x.pdf', '无法读取', '', '', '', '', '', ''],
    ]);
  });

  it('marks a guessed reading and never makes it an error: a list before its count', () => {
    const r = auditText(
      '活动由区科协、区教育局、区科技局3个单位联合主办，区文化馆、区图书馆2个单位协办，区科协、区财政局、区卫健局5个单位参与。',
    );
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      code: 'text.count-list',
      severity: 'warning',
      confidence: 'guessed',
    });
  });
});
