import { type Outcome, outcome } from './outcome';
import { type Backend, describeExit, freshStore, type Running, spawnServer } from './server';
import { buildWorld, createEvaluation, expectStatus, percentile } from './world';

/**
 * Concurrent stale writes: 12 sessions save the same evaluation at the same version, each with its own
 * project name, all at once. Exactly one may win (2xx), the rest get 409; afterwards the stored document
 * is the winner's, its version went up by one and its history holds exactly one update. Repeated 5 rounds.
 */
const WRITERS = 12;
const ROUNDS = 5;

interface Detail {
  version: number;
  evaluation: { project?: { name?: string } };
}

export async function staleScenario(backend: Backend): Promise<Outcome> {
  const o = outcome('stale writes', backend);
  const store = await freshStore(backend);
  let server: Running | undefined;
  try {
    server = await spawnServer(store);
    const world = await buildWorld(server);
    // Signed in one after another: parallel sign-ins of one name would meet the login burst protection.
    const writers = [];
    for (let i = 0; i < WRITERS; i++) writers.push(await world.signIn('preparer'));
    const reader = writers[0];
    if (!reader) throw new Error('no writer signed in');
    const { id } = await createEvaluation(reader, world.orgs.u1);
    const memory = server.memory();
    const latencies: number[] = [];
    let lost = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const before = await expectStatus<Detail & Record<string, unknown>>(
        reader.get(`/api/evaluations/${id}`),
        200,
        'read before the race',
      );
      const names = writers.map((_, i) => `竞争写入 第${round + 1}轮 第${i + 1}人`);
      const replies = await Promise.all(
        writers.map(async (w, i) => {
          const evaluation = {
            ...before.evaluation,
            project: { ...before.evaluation.project, name: names[i] },
          };
          const started = performance.now();
          const r = await w.put<Detail>(`/api/evaluations/${id}`, { version: before.version, evaluation });
          latencies.push(performance.now() - started);
          return { i, r };
        }),
      );
      const statuses = replies.map(({ r }) => r.status);
      o.fiveXx += statuses.filter((s) => s >= 500).length;
      const winners = replies.filter(({ r }) => r.status >= 200 && r.status < 300);
      const conflicts = statuses.filter((s) => s === 409).length;
      if (winners.length !== 1 || conflicts !== WRITERS - 1)
        o.failures.push(
          `round ${round + 1}: ${winners.length} saved, ${conflicts} got 409 of ${WRITERS} (${statuses.join(' ')})`,
        );
      // Two acknowledged saves of one version: at least one of them is lost.
      lost += Math.max(0, winners.length - 1);
      const after = await expectStatus<Detail>(
        reader.get(`/api/evaluations/${id}`),
        200,
        'read after the race',
      );
      const winner = winners[0];
      if (winner && after.evaluation.project?.name !== names[winner.i]) {
        lost += 1;
        o.failures.push(
          `round ${round + 1}: stored 「${after.evaluation.project?.name}」, the winner wrote 「${names[winner.i]}」`,
        );
      }
      if (after.version !== before.version + winners.length)
        o.failures.push(
          `round ${round + 1}: version ${before.version} → ${after.version} after ${winners.length} save(s)`,
        );
    }
    const history = await expectStatus<{ items: unknown[] }>(
      reader.get(`/api/evaluations/${id}/history`),
      200,
      'history',
    );
    const entries = history.items.length;
    // One entry for the creation and one per round's single winner.
    if (entries !== 1 + ROUNDS) o.failures.push(`history has ${entries} entries, expected ${1 + ROUNDS}`);
    const { peakMb, riseMb } = memory.stop();
    o.peakRssMb = peakMb;
    o.riseMb = riseMb;
    o.p99Ms = percentile(latencies, 99);
    o.lostWrites = lost;
    o.notes.push(`${ROUNDS} rounds × ${WRITERS} concurrent saves at one version; history ${entries} entries`);
    if (lost > 0) o.failures.push(`${lost} lost write(s)`);
    if (server.exit) o.failures.push(`the server died: ${describeExit(server)}\n${server.tail()}`);
  } finally {
    await server?.kill('SIGKILL');
    await store.drop();
  }
  return o;
}
