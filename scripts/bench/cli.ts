import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { compiledIsCurrent } from '../../packages/cli/bin/freshness.js';
import { figureLine } from './figures';
import type { BenchSection } from './section';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'packages', 'cli', 'bin', 'jixiao.js');
const RUNS = 10;
/** Targets of issue 10: start-up a small multiple of node's own. */
const VERSION_TARGET = 3;
const SCORE_TARGET = 6;

/** Median wall time of `node args` in milliseconds, over RUNS runs after one warm-up. */
function medianMs(args: readonly string[]): number {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}`);
    if (i > 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return ((times[(RUNS - 1) >> 1] ?? 0) + (times[RUNS >> 1] ?? 0)) / 2;
}

export const bench: BenchSection = {
  name: 'cli',
  title: `jixiao start-up (compiled bin, median of ${RUNS} runs, against node -e 0)`,
  async run(out) {
    // The bin runs tsx on the sources while they are newer than the build; the figure is of the build.
    if (!compiledIsCurrent(join(ROOT, 'packages')))
      spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    const node = medianMs(['-e', '0']);
    const version = medianMs([BIN, '--version']);
    const score = medianMs([BIN, 'score', 'examples/seeds/seed-004.json']);
    const ms = (n: number) => Math.round(n);
    out(figureLine('node.emptyMs', ms(node), 'node -e 0'));
    out(figureLine('cli.versionMs', ms(version), 'jixiao --version'));
    out(figureLine('cli.scoreMs', ms(score), 'jixiao score examples/seeds/seed-004.json'));
    const met = (ratio: number, target: number) =>
      `target ≤ ${target}×: ${ratio <= target ? 'met' : 'NOT met'}`;
    out(figureLine('cli.versionRatio', version / node, met(version / node, VERSION_TARGET)));
    out(figureLine('cli.scoreRatio', score / node, met(score / node, SCORE_TARGET)));
  },
};
