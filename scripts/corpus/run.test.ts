import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportPath } from '../../packages/formats/test/seed-reports/seeds';
import { totalsOf } from './measure';
import { runCorpus } from './run';

/**
 * A small corpus made here from the seed reports: seed 003 with its two known errors expected and one
 * that is not there, seed 000 as a clean report, and seed 002 as a plain file without expectations.
 */
let dir = '';
const corpusFile = (text: string, yaml: string) =>
  `# report\n\n\`\`\`\n${text}\n\`\`\`\n\n## Expected\n\`\`\`yaml\n${yaml}\`\`\`\n`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-corpus-'));
  const s003 = await readFile(seedReportPath('s003'), 'utf8');
  const s000 = await readFile(seedReportPath('s000'), 'utf8');
  await writeFile(
    join(dir, 'a.md'),
    corpusFile(
      s003,
      [
        'inconsistent:',
        '  - what: income items 0.84 + 163.68 + 0 + 0 = 164.52, total written 163.68',
        '    stated: "163.68"',
        '    computed: "164.52"',
        '  - what: share of 0.84 in 163.68 is 0.51%, written 占0%',
        '    stated: "0%"',
        '    computed: "0.51%"',
        '  - what: execution score stated 10, rule gives 9.5',
        '    stated: "10"',
        '    computed: "9.5"',
        'clean: false',
        'unit: 乐山市市中区科学技术协会',
        'year: 2022',
        '',
      ].join('\n'),
    ),
  );
  await writeFile(join(dir, 'b.md'), corpusFile(s000, 'inconsistent: []\nrounding_only: []\nclean: true\n'));
  await writeFile(join(dir, 'c.txt'), await readFile(seedReportPath('s002'), 'utf8'));
  await writeFile(join(dir, 'd.md'), corpusFile('x', 'clean: perhaps\n'));
  await writeFile(
    join(dir, 'INDEX.md'),
    '| File | Unit | Total |\n|---|---|---|\n| b.md | 重庆市璧山区科学技术协会 | 100 |\n',
  );
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('measuring a folder of reports', () => {
  it('finds the two expected errors of seed 003 and misses the third, with no other finding', async () => {
    const run = await runCorpus(dir);
    const a = run.measured.find((m) => m.file === 'a.md');
    expect(a?.found.map((f) => f.finding.code).sort()).toEqual(['text.breakdown-sum', 'text.share-mismatch']);
    expect(a?.missed.map((m) => m.stated)).toEqual(['10']);
    expect(a?.unmatched).toEqual([]);
    expect(a?.flagged).toBe(true);
    expect(a?.facts.map((f) => [f.fact, f.agrees])).toEqual([
      ['unit', true],
      ['year', true],
    ]);
  });

  it('measures the clean report against the INDEX.md facts, lists the plain file and the bad block', async () => {
    const run = await runCorpus(dir);
    const b = run.measured.find((m) => m.file === 'b.md');
    expect(b?.flagged).toBe(false);
    expect(b?.facts).toEqual([
      {
        fact: 'unit',
        stated: '重庆市璧山区科学技术协会',
        extracted: '重庆市璧山区科学技术协会',
        agrees: true,
      },
      { fact: 'totalScore', stated: '100', extracted: '100', agrees: true },
    ]);
    expect(run.plain.map((p) => [p.file, p.report.findings.map((f) => f.code)])).toEqual([
      ['c.txt', ['text.spending-above-income']],
    ]);
    expect(run.failures).toEqual([{ file: 'd.md', message: 'clean: "perhaps" is neither true nor false' }]);
  });

  it('adds up: recall 2 of 3, both errors real, one of one inconsistent report flagged, no clean one', async () => {
    const totals = totalsOf((await runCorpus(dir)).measured);
    expect(totals).toMatchObject({
      reports: 2,
      withInconsistencies: 1,
      flaggedRight: 1,
      cleanReports: 1,
      cleanFlagged: 0,
      expected: 3,
      found: 2,
      recall: '66.7',
      errors: 2,
      realErrors: 2,
      errorPrecision: '100.0',
      facts: {
        unit: { stated: 2, agree: 2 },
        year: { stated: 1, agree: 1 },
        totalScore: { stated: 1, agree: 1 },
      },
    });
  });
});

describe('measuring a folder by format', () => {
  it('audits each text again as a .docx built from it and finds the same two errors of seed 003', async () => {
    const run = await runCorpus(dir, { formats: ['txt', 'docx'] });
    const a = run.byFormat.docx?.find((m) => m.file === 'a.md');
    expect(a?.found.map((f) => f.finding.code).sort()).toEqual(['text.breakdown-sum', 'text.share-mismatch']);
    expect(run.byFormat.docx?.map((m) => m.file).sort()).toEqual(['a.md', 'b.md']);
    expect(run.byFormat.pdf).toBeUndefined();
  });

  it('skips PDF with a note when LibreOffice cannot be found', async () => {
    const run = await runCorpus(dir, { formats: ['pdf'], env: { PATH: '' } });
    expect(run.skipped).toEqual([{ format: 'pdf', reason: 'soffice' }]);
    expect(run.byFormat.pdf).toBeUndefined();
    expect(run.measured).toEqual([]);
  });

  it('measures and totals the .docx alone when .txt is not asked for', async () => {
    const run = await runCorpus(dir, { formats: ['docx'] });
    expect(run.byFormat.txt).toBeUndefined();
    // The two corpus files a.md and b.md, measured on their .docx.
    expect(run.measured.map((m) => m.file).sort()).toEqual(['a.md', 'b.md']);
    expect(run.measured).toBe(run.byFormat.docx);
  });
});
