import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './bench/section';

/**
 * `npm run bench`: runs every section in SECTIONS, in order, each in its own process.
 * `npm run bench -- engine audit` runs only the named ones.
 * Adding a section is adding scripts/bench/<name>.ts (exporting `bench`) and one line here.
 */
const SECTIONS: readonly (() => Promise<{ bench: BenchSection }>)[] = [
  () => import('./bench/engine'),
  () => import('./bench/formats'),
  () => import('./bench/web'),
  () => import('./bench/report'),
  () => import('./bench/audit'),
  () => import('./bench/server'),
];

/**
 * Each section runs in a child process of its own, so that its memory figures (peak rss, maxRSS) are its
 * own and not the high-water mark of the sections before it. The child is this script with --section N.
 */
async function runSection(index: number, only: ReadonlySet<string>): Promise<number> {
  const load = SECTIONS[index];
  if (!load) throw new Error(`no bench section #${index}`);
  const { bench } = await load();
  if (only.size > 0 && !only.has(bench.name)) return 0;
  process.stdout.write(`\n== ${bench.title} [${bench.name}] ==\n`);
  const start = performance.now();
  try {
    await bench.run((line) => process.stdout.write(`${line}\n`));
    process.stdout.write(`-- ${bench.name}: ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
    return 0;
  } catch (error) {
    process.stdout.write(
      `!! ${bench.name} failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}

function main(argv: readonly string[]): number | Promise<number> {
  const at = argv.indexOf('--section');
  const only = new Set(argv.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1)));
  if (at >= 0) return runSection(Number.parseInt(argv[at + 1] ?? '', 10), only);
  let failed = 0;
  SECTIONS.forEach((_, index) => {
    // process.execArgv carries tsx's loader, so the child runs TypeScript the same way.
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--section', String(index), ...only],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) failed += 1;
  });
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
