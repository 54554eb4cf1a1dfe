import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inspectDocx } from '@jixiao/formats';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main';
import { REPO_ROOT } from '../test-support';

const SEEDS = [0, 1, 2, 3, 4].map((n) => resolve(REPO_ROOT, `examples/seeds/seed-00${n}.json`));
const dirs: string[] = [];

async function run(args: string[], env: Record<string, string | undefined> = { PATH: process.env.PATH }) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: REPO_ROOT,
    env,
  });
  return { code, stdout, stderr };
}

async function outDir() {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-report-test-'));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('jixiao report', () => {
  it('writes the .docx and the .xlsx of all five seed examples into the folder', async () => {
    const dir = await outDir();
    const { code, stdout } = await run(['report', ...SEEDS, '--out', dir]);
    expect(code).toBe(0);
    const names = (await readdir(dir)).sort();
    expect(names).toEqual(
      [0, 1, 2, 3, 4].flatMap((n) => [`seed-00${n}-自评报告.docx`, `seed-00${n}-自评表.xlsx`]).sort(),
    );
    expect(stdout).toContain(`已生成 10 个文件，保存在 ${dir}`);
    const docx = await inspectDocx(await readFile(join(dir, 'seed-004-自评报告.docx')));
    const text = docx.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('预算执行率为42.42%');
    expect(text).toContain('总得分94.24分，等级为“优”');
  });

  it('accepts repeated and comma-separated --format and packs everything into one zip with --zip', async () => {
    const dir = await outDir();
    const { code } = await run([
      'report',
      SEEDS[4] ?? '',
      '-f',
      'xlsx',
      '--format',
      'docx',
      '--zip',
      '--out',
      dir,
    ]);
    expect(code).toBe(0);
    expect(await readdir(dir)).toEqual(['jixiao-自评材料.zip']);
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'jixiao-自评材料.zip')));
    expect(Object.keys(zip.files).sort()).toEqual(['seed-004-自评报告.docx', 'seed-004-自评表.xlsx']);
  });

  it('lists the source of every figure with --explain and keeps it as .sources.json', async () => {
    const dir = await outDir();
    const { code, stdout } = await run([
      'report',
      SEEDS[4] ?? '',
      '--format',
      'docx',
      '--explain',
      '--out',
      dir,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /42\.42% ← result\.execution\.ratePercent = funds\.total\.executed \/ funds\.total\.adjustedBudget/,
    );
    expect(stdout).toContain('2851.19 ← evaluation.funds.total.adjustedBudget');
    const sidecar = JSON.parse(await readFile(join(dir, 'seed-004-自评报告.sources.json'), 'utf8'));
    expect(sidecar.format).toBe('jixiao.report-sources');
    expect(sidecar.sentences.length).toBeGreaterThan(10);
  });

  it('says LibreOffice is not installed, offers the .docx and writes nothing when PDF is asked without soffice', async () => {
    const dir = await outDir();
    const { code, stderr } = await run(['report', SEEDS[4] ?? '', '--format', 'pdf', '--out', dir], {
      PATH: '',
    });
    expect(code).toBe(2);
    expect(stderr).toContain('LibreOffice 未安装，无法生成 PDF');
    expect(stderr).toContain('--format docx');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an unknown format with the choices', async () => {
    const { code, stderr } = await run(['report', SEEDS[4] ?? '', '--format', 'odt']);
    expect(code).toBe(2);
    expect(stderr).toContain('不支持的文档格式：odt（可选：docx、xlsx、pdf');
  });

  it('goes on with the other files when one cannot be read, and exits 2', async () => {
    const dir = await outDir();
    const { code, stderr } = await run([
      'report',
      'no-such-file.json',
      SEEDS[4] ?? '',
      '--format',
      'xlsx',
      '--out',
      dir,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('「no-such-file.json」未能生成文档');
    expect(await readdir(dir)).toEqual(['seed-004-自评表.xlsx']);
  });
});
