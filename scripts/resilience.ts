// `npm run resilience`: the server under hostile files, fuzzed bodies, stale-write races, SIGKILL, login
// bursts and a 30-second load, each against the real server in a child process, on PGlite always and on
// PostgreSQL when TEST_DATABASE_URL is set. Prints a table of figures, writes artifacts/resilience.json
// (in the shape of vitest's JSON report, one test per scenario × database) and exits 1 on any failure.
// `npm run resilience -- fuzz login` runs only the scenarios named. Missed time limits (Outcome.slow) fail
// the run too, unless RESILIENCE_TIMING=report (CI): then they are printed and kept in the JSON, not counted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzzScenario } from './resilience/fuzz';
import { hostileScenario } from './resilience/hostile';
import { loadScenario } from './resilience/load';
import { loginScenario } from './resilience/login';
import { type Outcome, outcome } from './resilience/outcome';
import { type Backend, dropTemplates, killAllServers } from './resilience/server';
import { sigkillScenario } from './resilience/sigkill';
import { staleScenario } from './resilience/stale';

const SCENARIOS: Record<string, (backend: Backend) => Promise<Outcome>> = {
  hostile: hostileScenario,
  fuzz: fuzzScenario,
  stale: staleScenario,
  sigkill: sigkillScenario,
  login: loginScenario,
  load: loadScenario,
};

const ROOT = join(import.meta.dirname, '..');
process.on('exit', killAllServers);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllServers();
    process.exit(1);
  });
}

const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const name of chosen) {
  if (!(name in SCENARIOS)) {
    console.error(`unknown scenario ${name}; known: ${Object.keys(SCENARIOS).join(', ')}`);
    process.exit(2);
  }
}
const names = chosen.length ? chosen : Object.keys(SCENARIOS);
// RESILIENCE_BACKENDS=postgres (or pglite) narrows the run to one database.
const backends: Backend[] = (
  process.env.TEST_DATABASE_URL ? (['pglite', 'postgres'] as const) : (['pglite'] as const)
).filter((b) => (process.env.RESILIENCE_BACKENDS ?? b).split(',').includes(b));

const judgeTiming = process.env.RESILIENCE_TIMING !== 'report';
const failing = (o: Outcome) => o.failures.length > 0 || (judgeTiming && o.slow.length > 0);
const outcomes: Outcome[] = [];
for (const backend of backends) {
  for (const name of names) {
    const run = SCENARIOS[name];
    if (!run) continue;
    const started = performance.now();
    process.stdout.write(`==> ${name} on ${backend}\n`);
    let o: Outcome;
    try {
      o = await run(backend);
    } catch (error) {
      o = outcome(name, backend);
      o.failures.push(
        `the scenario itself failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    o.seconds = (performance.now() - started) / 1000;
    for (const n of o.notes) process.stdout.write(`    ${n}\n`);
    for (const f of o.failures) process.stdout.write(`    FAIL ${f}\n`);
    for (const f of o.slow) process.stdout.write(`    ${judgeTiming ? 'FAIL' : 'SLOW (not counted)'} ${f}\n`);
    outcomes.push(o);
  }
}

await dropTemplates();

const cell = (v: number | undefined, digits = 0) => (v === undefined ? '—' : v.toFixed(digits));
const rows = [
  ['scenario', 'database', '5xx', 'peak RSS MB', 'RSS rise MB', 'p99 ms', 'lost writes', 's', 'verdict'],
  ...outcomes.map((o) => [
    o.scenario,
    o.backend,
    String(o.fiveXx),
    cell(o.peakRssMb),
    cell(o.riseMb),
    cell(o.p99Ms),
    cell(o.lostWrites),
    cell(o.seconds),
    failing(o) ? 'FAIL' : o.slow.length ? 'slow' : 'pass',
  ]),
];
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
process.stdout.write('\n');
for (const r of rows) process.stdout.write(`${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}\n`);

const failed = outcomes.filter(failing);
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
writeFileSync(
  join(ROOT, 'artifacts', 'resilience.json'),
  `${JSON.stringify(
    {
      numTotalTests: outcomes.length,
      numPassedTests: outcomes.length - failed.length,
      numFailedTests: failed.length,
      success: failed.length === 0,
      testResults: [
        {
          name: 'scripts/resilience.ts',
          status: failed.length ? 'failed' : 'passed',
          assertionResults: outcomes.map((o) => ({
            title: `${o.scenario} on ${o.backend}`,
            fullName: `resilience ${o.scenario} on ${o.backend}`,
            status: failing(o) ? 'failed' : 'passed',
            duration: Math.round(o.seconds * 1000),
            failureMessages: judgeTiming ? [...o.failures, ...o.slow] : o.failures,
          })),
        },
      ],
      timingJudged: judgeTiming,
      figures: outcomes,
    },
    null,
    2,
  )}\n`,
);
process.stdout.write(`\n${outcomes.length - failed.length} passed, ${failed.length} failed\n`);
process.exitCode = failed.length ? 1 : 0;
