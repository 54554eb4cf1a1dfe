import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { targetDeclarationSchema } from '@jixiao/domain';
import { readDeclarationXlsx, writeDeclarationJson, writeDeclarationXlsx } from '@jixiao/formats/read';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../test-support';

/**
 * A declaration written for these tests: 产出 50 + 效益 30 = 80 of mof-2020's 90 indicator points, no
 * 满意度 row (both errors), one row without 设定依据 (a warning), every row typed freely (info).
 */
const declaration = targetDeclarationSchema.parse({
  kind: 'project',
  fiscalYear: 2022,
  unit: { name: '测试单位' },
  project: { name: '测试项目' },
  funds: { annual: { total: '100', fiscalAppropriation: '100' } },
  goals: { annual: '完成测试' },
  indicators: [
    {
      level1: '产出指标',
      name: '场次',
      weight: '50',
      target: { comparator: '>=', value: '120', unit: '场' },
      basis: 'plan',
    },
    { level1: '效益指标', name: '效果', weight: '30', target: { comparator: 'qualitative', text: '明显' } },
  ],
});

let dir = '';
let json = '';
let xlsx = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-targets-'));
  json = join(dir, '申报表.json');
  xlsx = join(dir, '申报表.xlsx');
  writeFileSync(json, writeDeclarationJson(declaration));
  writeFileSync(xlsx, await writeDeclarationXlsx(declaration));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('jixiao targets check', () => {
  it.each([
    ['.json', () => json],
    ['.xlsx', () => xlsx],
  ])('prints the findings of a %s declaration, errors first, and exits 0', async (_, file) => {
    const run = await runInProcess(['targets', 'check', file()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('绩效目标申报表审核');
    expect(run.stdout).toContain('申报表没有「满意度指标」下的绩效指标');
    // 50 + 30 = 80 ≠ 90
    expect(run.stdout).toContain('绩效指标分值合计 50 + 30 = 80 分');
    expect(run.stdout.indexOf('错误')).toBeLessThan(run.stdout.indexOf('警告'));
  });

  it('gives the findings as JSON with --json and in English with --lang en', async () => {
    const run = await runInProcess(['--lang', 'en', 'targets', 'check', json, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { ruleSet: string; findings: { code: string; message: string }[] };
    expect(out.ruleSet).toBe('mof-2020');
    expect(out.findings.map((f) => f.code)).toEqual([
      'target.block-missing',
      'target.weights-total-mismatch',
      'target.basis-missing',
      'target.free-typed',
      'target.free-typed',
    ]);
    expect(out.findings[1]?.message).toMatch(
      /^Indicator weights add up to 80 points; rule set .* gives the indicators 90 points$/,
    );
  });

  it('exits 2 with a located Chinese message for a malformed declaration, and for a missing file', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...declaration, indicators: [{ level1: '产出指标', name: '场次', weight: '多' }] }),
    );
    const run = await runInProcess(['targets', 'check', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('绩效指标第 1 行（场次）「分值」');
    expect((await runInProcess(['targets', 'check', join(dir, 'none.xlsx')])).code).toBe(2);
  });
});

describe('jixiao convert of a 申报表', () => {
  it('converts .xlsx → .json → .xlsx without losing anything', async () => {
    const toJson = join(dir, 'out.json');
    const toXlsx = join(dir, 'out.xlsx');
    expect((await runInProcess(['convert', xlsx, '--out', toJson])).code).toBe(0);
    expect(JSON.parse(readFileSync(toJson, 'utf8'))).toEqual(JSON.parse(writeDeclarationJson(declaration)));
    expect((await runInProcess(['convert', toJson, '--to', 'xlsx', '--out', toXlsx])).code).toBe(0);
    expect(await readDeclarationXlsx(new Uint8Array(readFileSync(toXlsx)), 'out.xlsx')).toEqual(declaration);
  });

  it('refuses .xlsx to standard output and an evaluation to .xlsx, with exit 2', async () => {
    expect((await runInProcess(['convert', json, '--to', 'xlsx'])).code).toBe(2);
    const run = await runInProcess([
      'convert',
      'examples/seeds/seed-002.json',
      '--to',
      'xlsx',
      '--out',
      join(dir, 'e.xlsx'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('自评文件只能转换为 JSON');
  });
});
