import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, STACK_LINE } from './test-support';

const CHINESE = /[\u4e00-\u9fff]/;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the installed command', () => {
  it('runs as node_modules/.bin/jixiao (what npx jixiao starts)', () => {
    const child = spawnSync(join(REPO_ROOT, 'node_modules/.bin/jixiao'), ['--version'], { encoding: 'utf8' });
    expect(child.status).toBe(0);
    expect(child.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('jixiao help and languages', () => {
  it('prints Chinese help by default, listing every command', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法：');
    expect(run.stdout).toContain('命令：');
    for (const cmd of ['score', 'check', 'rules', 'convert']) expect(run.stdout).toContain(cmd);
  });

  it('prints help for a sub-command', () => {
    const run = runCli(['score', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--rules');
    expect(run.stdout).toContain('评分规则集');
  });

  it('prints English with --lang en, for the score table and for help', () => {
    const run = runCli(['score', 'examples/seeds/seed-004.json', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Budget execution');
    expect(run.stdout).toMatch(/Total: 94\.24 \/ 100/);
    expect(run.stdout).not.toContain('总分');
    const help = runCli(['--lang=en', '--help']);
    expect(help.stdout).toContain('Usage:');
    expect(help.stdout).not.toContain('用法');
  });

  it('gives messages and explanations in English in --json output with --lang en', () => {
    const run = runCli(['check', 'examples/seeds/seed-003.json', '--json', '--lang', 'en']);
    expect(run.code).toBe(0);
    const { findings } = JSON.parse(run.stdout) as { findings: { message: string }[] };
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.message).not.toMatch(/[，。：]/);
  });
});

describe('jixiao check (human output)', () => {
  it('groups the findings by severity, errors first, each with where it is', () => {
    const run = runCli(['check', 'examples/seeds/seed-004.json']);
    expect(run.code).toBe(0);
    const errors = run.stdout.indexOf('错误（');
    const warnings = run.stdout.indexOf('警告（');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(run.stdout).toContain('[indicator.score-rate-mismatch]');
    expect(run.stdout).toContain('位置：文件「examples/seeds/seed-004.json」');
  });
});

describe('jixiao rules', () => {
  it('lists the built-in rule sets', () => {
    const run = runCli(['rules', 'list']);
    expect(run.code).toBe(0);
    for (const id of ['mof-2020', 'beijing-2024', 'chongqing-unit-wide', 'sichuan', 'hubei'])
      expect(run.stdout).toContain(id);
  });

  it('shows mof-2020: 10 points execution, 产出/效益/满意度 blocks and the 90/80/60 grade bands', () => {
    const run = runCli(['rules', 'show', 'mof-2020']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('财预〔2020〕10号');
    expect(run.stdout).toMatch(/预算执行率：10 分/);
    for (const label of ['产出', '效益', '满意度']) expect(run.stdout).toContain(label);
    // half-open bands: [90, 100], [80, 90), [60, 80), [0, 60)
    expect(run.stdout).toContain('优：90 ≤ 总分 ≤ 100');
    expect(run.stdout).toContain('良：80 ≤ 总分 < 90');
    expect(run.stdout).toContain('差：0 ≤ 总分 < 60');
  });

  it('prints a rule set as JSON that names it', () => {
    const run = runCli(['rules', 'show', 'beijing-2024', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { id: string }).id).toBe('beijing-2024');
  });

  it('exits 2 with a Chinese message for an unknown rule set', () => {
    const run = runCli(['rules', 'show', 'no-such-rules']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-rules');
    expect(run.stderr).toMatch(CHINESE);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('jixiao convert', () => {
  it('writes the canonical JSON of an evaluation to a file', () => {
    const out = join(dir, 'converted.json');
    const run = runCli(['convert', 'examples/seeds/seed-002.json', '--to', 'json', '--out', out]);
    expect(run.code).toBe(0);
    const converted = JSON.parse(readFileSync(out, 'utf8')) as { income: { statedTotal: string } };
    expect(converted.income.statedTotal).toBe('102.18');
  });

  it('refuses an unknown target format with exit 2', () => {
    const run = runCli(['convert', 'examples/seeds/seed-002.json', '--to', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(CHINESE);
  });
});

describe('jixiao on input it cannot use', () => {
  const expectInputError = (args: string[]) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(CHINESE);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).toBe('');
    return run;
  };

  it('exits 2 for a missing file, naming it', () => {
    const run = expectInputError(['score', 'no/such/file.json']);
    expect(run.stderr).toContain('no/such/file.json');
    expect(run.stderr).toContain('找不到文件');
  });

  it('exits 2 for a file of random bytes', () => {
    const file = join(dir, 'random.json');
    writeFileSync(file, Buffer.from([0x8b, 0x00, 0xff, 0x13, 0x7b, 0x22, 0xfe, 0x01, 0x9c, 0x5d]));
    expectInputError(['score', file]);
  });

  it('exits 2 for a truncated .xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('自评表').addRow(['项目名称', '全区科普经费项目']);
    const full = Buffer.from(await wb.xlsx.writeBuffer());
    const file = join(dir, 'truncated.xlsx');
    writeFileSync(file, full.subarray(0, Math.floor(full.length / 2)));
    expectInputError(['score', file]);
  });

  it('exits 2 for JSON that is not an evaluation, listing where', () => {
    const file = join(dir, 'not-an-evaluation.json');
    writeFileSync(
      file,
      JSON.stringify({ kind: 'project', fiscalYear: 1999, funds: { total: { executed: 12.5 } } }),
    );
    const run = expectInputError(['check', file]);
    expect(run.stderr).toContain('fiscalYear');
  });

  it('exits 2 for a usage error, in Chinese', () => {
    const run = runCli(['scroe', 'x.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('scroe');
    expect(run.stderr).toContain('jixiao --help');
  });

  it('checks the readable files and exits 2 when one of several cannot be read', () => {
    const run = runCli(['check', 'examples/seeds/seed-003.json', 'missing.json', '--json']);
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout) as { files: { file: string; error?: unknown; findings: unknown[] }[] };
    expect(out.files.map((f) => f.file)).toEqual(['examples/seeds/seed-003.json', 'missing.json']);
    expect(out.files[0]?.findings.length).toBeGreaterThan(0);
    expect(out.files[1]?.error).toBeDefined();
    expect(run.stderr).toContain('missing.json');
  });
});
