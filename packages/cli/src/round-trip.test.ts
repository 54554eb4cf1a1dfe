import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runInProcess } from './test-support';

/**
 * What a unit does with the 自评表 jixiao writes: `jixiao report` → the .xlsx → `jixiao convert` →
 * `jixiao score`. For each seed the result is the one of scoring the source JSON itself — rule set,
 * total, grade and findings — and `jixiao check` on the .xlsx finds what it finds in the source. The
 * .docx is read back by the report audit: its year, kind, total and grade are the source's.
 */
const SEEDS = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'] as const;
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-round-trip-'));
  const seeds = SEEDS.map((id) => join(REPO_ROOT, 'examples/seeds', `${id}.json`));
  const run = await runInProcess(['report', ...seeds, '--format', 'docx,xlsx', '--out', dir]);
  if (run.code !== 0) throw new Error(run.stderr);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Scored {
  ruleSet: { id: string; version: string };
  fiscalYear: number;
  kind: string;
  totalScore: string | null;
  grade: string | null;
  /** Absent before scoring could say "unscored"; false for an evaluation without a total. */
  scored?: boolean;
  audit?: { extracted: { fiscalYear?: number; kind?: string; totalScore?: string; grade?: string } };
  findings: { code: string; severity: string; message: string; location?: { file?: string } }[];
}

async function json(args: string[]): Promise<Scored> {
  const run = await runInProcess([...args, '--json']);
  if (run.code !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

/** The findings without the file each one names (the source and the sheet are different files). */
const withoutFile = (s: Scored) =>
  s.findings.map(({ location, ...f }) => ({ ...f, location: location && { ...location, file: undefined } }));

/** The JSON text, keys in the order written, without meta.source: each read names the file it came from. */
const withoutSource = (text: string) => {
  const parsed = JSON.parse(text);
  delete parsed.meta.source;
  return JSON.stringify(parsed, null, 2);
};

describe.each(SEEDS)('%s written as 自评表.xlsx, converted and scored', (id) => {
  it('converts to the very JSON the source converts to, but for the file it names as source', async () => {
    const fromSource = join(dir, `${id}.source.json`);
    const fromSheet = join(dir, `${id}.sheet.json`);
    await runInProcess(['convert', join(REPO_ROOT, 'examples/seeds', `${id}.json`), '--out', fromSource]);
    await runInProcess(['convert', join(dir, `${id}-自评表.xlsx`), '--out', fromSheet]);
    const [a, b] = [readFileSync(fromSource, 'utf8'), readFileSync(fromSheet, 'utf8')];
    expect(b).toContain(`${id}-自评表.xlsx`);
    expect(withoutSource(b)).toBe(withoutSource(a));
  });

  it('gives the rule set, total, grade and findings of the source JSON', async () => {
    const source = await json(['score', join(REPO_ROOT, 'examples/seeds', `${id}.json`)]);
    const converted = join(dir, `${id}.json`);
    const convert = await runInProcess(['convert', join(dir, `${id}-自评表.xlsx`), '--out', converted]);
    expect(convert.code).toBe(0);
    const back = await json(['score', converted]);
    expect(back.ruleSet).toEqual(source.ruleSet);
    expect(back.totalScore).toBe(source.totalScore);
    expect(back.grade).toBe(source.grade);
    expect(withoutFile(back)).toEqual(withoutFile(source));
  });

  it('checks to the findings of the source JSON', async () => {
    const source = await json(['check', join(REPO_ROOT, 'examples/seeds', `${id}.json`)]);
    const sheet = await json(['check', join(dir, `${id}-自评表.xlsx`)]);
    expect(withoutFile(sheet)).toEqual(withoutFile(source));
  });

  it('reads back from the .docx to the year, kind, total and grade of the source', async () => {
    const source = await json(['score', join(REPO_ROOT, 'examples/seeds', `${id}.json`)]);
    const docx = await json(['check', join(dir, `${id}-自评报告.docx`)]);
    const read = docx.audit?.extracted;
    expect(read?.fiscalYear).toBe(source.fiscalYear);
    expect(read?.kind).toBe(source.kind);
    if (source.scored === false) expect(read?.grade).toBeUndefined();
    else expect([read?.totalScore, read?.grade]).toEqual([source.totalScore, source.grade]);
  });
});
