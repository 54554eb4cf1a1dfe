import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Figures, figuresTable, recordingFigures, writeBenchJson } from './bench/figures';
import type { BenchSection } from './bench/section';

/**
 * `npm run bench`: runs every section in SECTIONS, in order, each in its own process.
 * `npm run bench -- engine audit` runs only the named ones; `--json` also writes every named figure
 * (see bench/figures.ts) to artifacts/bench.json.
 * Adding a section is adding scripts/bench/<name>.ts (exporting `bench`) and one line here.
 */
const SECTIONS: readonly (() => Promise<{ bench: BenchSection }>)[] = [
  () => import('./bench/cli'),
  () => import('./bench/engine'),
  () => import('./bench/formats'),
  () => import('./bench/web'),
  () => import('./bench/report'),
  () => import('./bench/audit'),
  () => import('./bench/server'),
  () => import('./bench/startup'),
  () => import('./bench/scale'),
  () => import('./bench/load'),
];

/**
 * Each section runs in a child process of its own, so that its memory figures (peak rss, maxRSS) are its
 * own and not the high-water mark of the sections before it. The child is this script with --section N.
 */
async function runSection(index: number, only: ReadonlySet<string>, figuresFile?: string): Promise<number> {
  const load = SECTIONS[index];
  if (!load) throw new Error(`no bench section #${index}`);
  const { bench } = await load();
  if (only.size > 0 && !only.has(bench.name)) return 0;
  process.stdout.write(`\n== ${bench.title} [${bench.name}] ==\n`);
  const start = performance.now();
  const figures: Figures = {};
  // The figures go back to the parent process through a file: stdout stays the section's own.
  const save = () => figuresFile && writeFileSync(figuresFile, JSON.stringify({ name: bench.name, figures }));
  try {
    await bench.run(recordingFigures((line) => process.stdout.write(`${line}\n`), figures));
    const seconds = (performance.now() - start) / 1000;
    // Every section's own run time and memory high-water mark (this child process is the section's).
    figures[`${bench.name}.seconds`] = Number(seconds.toFixed(1));
    figures[`${bench.name}.maxRssMb`] = Math.round(process.resourceUsage().maxRSS / 1024);
    save();
    process.stdout.write(`-- ${bench.name}: ${seconds.toFixed(1)} s\n`);
    return 0;
  } catch (error) {
    process.stdout.write(
      `!! ${bench.name} failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    save();
    return 1;
  }
}

/** The value after `flag` in argv, if the flag is there. */
function flagValue(argv: readonly string[], flag: string): string | undefined {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
}

function main(argv: readonly string[]): number | Promise<number> {
  const values = new Set(
    ['--section', '--figures'].map((flag) => argv.indexOf(flag) + 1).filter((i) => i > 0),
  );
  const only = new Set(argv.filter((a, i) => !a.startsWith('--') && !values.has(i)));
  const section = flagValue(argv, '--section');
  if (section !== undefined)
    return runSection(Number.parseInt(section, 10), only, flagValue(argv, '--figures'));
  const json = argv.includes('--json');
  // `--quick`: smaller sizes for development, read by the sections (their child processes inherit it).
  if (argv.includes('--quick')) process.env.JIXIAO_BENCH_QUICK = '1';
  const folder = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
  const figures: Figures = {};
  const ran: string[] = [];
  const failed: string[] = [];
  SECTIONS.forEach((_, index) => {
    const file = join(folder, `${index}.json`);
    // process.execArgv carries tsx's loader, so the child runs TypeScript the same way.
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        '--section',
        String(index),
        '--figures',
        file,
        ...only,
      ],
      { stdio: 'inherit' },
    );
    const result = readSection(file);
    if (result) {
      ran.push(result.name);
      Object.assign(figures, result.figures);
    }
    if (child.status !== 0) failed.push(result?.name ?? `#${index}`);
  });
  rmSync(folder, { recursive: true, force: true });
  process.stdout.write(`\n== figures ==\n${figuresTable(figures).join('\n')}\n`);
  if (json) {
    const path = join(import.meta.dirname, '..', 'artifacts', 'bench.json');
    writeBenchJson(
      path,
      { at: new Date().toISOString(), node: process.version, sections: ran, failed },
      figures,
    );
    process.stdout.write(`-> ${path}\n`);
  }
  return failed.length === 0 ? 0 : 1;
}

/** What a section's child process recorded; nothing when the section was not picked (or could not start). */
function readSection(file: string): { name: string; figures: Figures } | undefined {
  try {
    const parsed: { name: string; figures: Figures } = JSON.parse(readFileSync(file, 'utf8'));
    return parsed;
  } catch {
    return undefined;
  }
}

process.exitCode = await main(process.argv.slice(2));
