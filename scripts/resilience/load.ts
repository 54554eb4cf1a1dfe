import type { Client } from '../../packages/server/test/harness';
import { type Outcome, outcome } from './outcome';
import { type Backend, describeExit, freshStore, type Running, spawnServer } from './server';
import { buildWorld, createEvaluation, expectStatus, percentile } from './world';

/**
 * 30 seconds of load on loopback: 16 connections, three in four listing the evaluations as the 财政局审核人
 * and one in four saving its own evaluation as the preparer. Reported: requests, p99 of each, the server's
 * peak RSS. Fails on any error (a status other than 200, or no answer within 10 s); latency is a figure,
 * not a verdict, since it depends on the machine.
 */
const SECONDS = Number(process.env.RESILIENCE_LOAD_SECONDS ?? 30);
const CONNECTIONS = 16;
const EVALUATIONS = 40;

interface Detail {
  version: number;
  evaluation: Record<string, unknown>;
}

export async function loadScenario(backend: Backend): Promise<Outcome> {
  const o = outcome('30 s load', backend);
  const store = await freshStore(backend);
  let server: Running | undefined;
  try {
    server = await spawnServer(store);
    const world = await buildWorld(server);
    const preparer = await world.signIn('preparer');
    const created: { id: string; version: number }[] = [];
    for (let i = 0; i < EVALUATIONS; i++) created.push(await createEvaluation(preparer, world.orgs.u1));
    const finance = await world.signIn('financeReviewer');
    const list: number[] = [];
    const save: number[] = [];
    let errors = 0;
    const examples: string[] = [];
    const fail = (what: string, status = 0) => {
      errors += 1;
      if (status >= 500) o.fiveXx += 1;
      if (examples.length < 5) examples.push(what);
    };
    const until = performance.now() + SECONDS * 1000;
    const url = server.url;
    const timed = async (c: Client, method: string, path: string, body?: unknown) => {
      const started = performance.now();
      const r = await fetch(url + path, {
        method,
        headers: {
          ...c.headers(),
          'x-csrf-token': c.csrfToken ?? '',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      const text = await r.text();
      return { status: r.status, text, ms: performance.now() - started };
    };
    const memory = server.memory();
    const connection = async (n: number) => {
      const saver = n % 4 === 3;
      const evaluation = created[n % created.length];
      if (!evaluation) return;
      let current = saver
        ? await expectStatus<Detail>(preparer.get(`/api/evaluations/${evaluation.id}`), 200, 'read')
        : undefined;
      while (performance.now() < until) {
        try {
          if (current) {
            const r = await timed(preparer, 'PUT', `/api/evaluations/${evaluation.id}`, {
              version: current.version,
              evaluation: current.evaluation,
            });
            save.push(r.ms);
            if (r.status !== 200) fail(`save: ${r.status} ${r.text.slice(0, 200)}`, r.status);
            else current = { ...current, version: (JSON.parse(r.text) as Detail).version };
          } else {
            const r = await timed(finance, 'GET', '/api/evaluations');
            list.push(r.ms);
            if (r.status !== 200) fail(`list: ${r.status} ${r.text.slice(0, 200)}`, r.status);
          }
        } catch (e) {
          fail(`no answer within 10 s: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, n) => connection(n)));
    const { peakMb, riseMb } = memory.stop();
    o.peakRssMb = peakMb;
    o.riseMb = riseMb;
    o.p99Ms = percentile([...list, ...save], 99);
    const rate = (list.length + save.length) / SECONDS;
    o.notes.push(
      `${CONNECTIONS} connections for ${SECONDS} s: ${list.length} lists (p50 ${percentile(list, 50).toFixed(0)} ms, p99 ${percentile(list, 99).toFixed(0)} ms), ` +
        `${save.length} saves (p50 ${percentile(save, 50).toFixed(0)} ms, p99 ${percentile(save, 99).toFixed(0)} ms), ${rate.toFixed(0)} req/s, ${errors} errors`,
    );
    if (errors > 0) o.failures.push(`${errors} failed requests, e.g. ${examples.join('; ')}`);
    if (server.exit) o.failures.push(`the server died: ${describeExit(server)}\n${server.tail()}`);
  } finally {
    await server?.kill('SIGKILL');
    await store.drop();
  }
  return o;
}
