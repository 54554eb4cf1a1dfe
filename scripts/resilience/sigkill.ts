import { count, eq } from 'drizzle-orm';
import { auditLog, budgets } from '../../packages/server/src/db/schema';
import type { Client } from '../../packages/server/test/harness';
import { budgetWorkbook, form } from '../../packages/server/test/import-workbooks';
import { type Outcome, outcome, sleep } from './outcome';
import { type Backend, freshStore, type Running, type Store, spawnServer } from './server';
import { buildWorld, createEvaluation, expectStatus, signInAs, USER_PASSWORD } from './world';

/**
 * SIGKILL in the middle of writes, then a restart on the same data:
 * - during a bulk import of 2,000 budget rows, killed once its transaction is open: afterwards all rows or
 *   none, and the import's audit line exactly when the rows are there;
 * - during back-to-back saves of 4 evaluations: no save that was acknowledged is missing (the stored
 *   version is the last acknowledged one, or one more for the save in flight), the stored document is the
 *   one sent with that version, and each evaluation's history holds one entry per version.
 */
const UNITS = 20;
const YEARS = 100;
const SAVERS = 4;

interface Detail {
  id: string;
  version: number;
  evaluation: Record<string, unknown> & { project?: { name?: string } };
}

const nameOf = (i: number, version: number) => `断电测试 ${i} 版本 ${version}`;

async function countImport(store: Store): Promise<{ rows: number; auditLines: number }> {
  const database = await store.open();
  try {
    const [b] = await database.db.select({ n: count() }).from(budgets);
    const [a] = await database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'bulkImport'));
    return { rows: b?.n ?? -1, auditLines: a?.n ?? -1 };
  } finally {
    await database.close();
  }
}

export async function sigkillScenario(backend: Backend): Promise<Outcome> {
  const o = outcome('SIGKILL import+save', backend);
  const store = await freshStore(backend);
  const servers: Running[] = [];
  const start = async () => {
    const s = await spawnServer(store);
    servers.push(s);
    return s;
  };
  try {
    // 1. A bulk import killed mid-transaction.
    const first = await start();
    const world = await buildWorld(first);
    const units = Array.from({ length: UNITS }, (_, i) => ({ code: `K${i}`, name: `断电测试单位${i}` }));
    for (const u of units) {
      await expectStatus(
        world.admin.post('/api/organisations', { kind: 'unit', parentId: world.orgs.d1, ...u }),
        201,
        `unit ${u.code}`,
      );
    }
    const finance = await world.signIn('financeReviewer');
    const workbook = await budgetWorkbook(units, YEARS);
    const mark = first.logLength();
    const request = finance
      .post(`/api/organisations/${world.orgs.b1}/imports`, form([{ name: 'budgets.xlsx', bytes: workbook }]))
      .then((r) => `the import finished before the kill: ${r.status}`)
      .catch(() => 'killed');
    const early = await Promise.race([
      first.waitFor('bulk import: transaction open', mark).then(() => undefined),
      request,
    ]);
    if (early) o.failures.push(early);
    await first.kill('SIGKILL');
    await request;

    // 2. Saves killed in flight, on the restarted server.
    const second = await start();
    const preparer = await signInAs(second.url, world.users.preparer.username, USER_PASSWORD);
    const created = await Promise.all(
      Array.from({ length: SAVERS }, () => createEvaluation(preparer, world.orgs.u1)),
    );
    const acknowledged = created.map((c) => c.version);
    let stop = false;
    const saver = async (i: number, client: Client) => {
      const id = created[i]?.id ?? '';
      const current = await expectStatus<Detail>(client.get(`/api/evaluations/${id}`), 200, 'read');
      let version = current.version;
      while (!stop) {
        const evaluation = { ...current.evaluation, project: { name: nameOf(i, version + 1) } };
        try {
          const r = await client.put<Detail>(`/api/evaluations/${id}`, { version, evaluation });
          if (r.status !== 200) {
            if (r.status >= 500) o.fiveXx += 1;
            o.failures.push(`save ${i} at version ${version}: ${r.status}`);
            return;
          }
          version = r.body.version;
          acknowledged[i] = version;
        } catch {
          return; // the server was killed with this save in flight
        }
      }
    };
    const clients: Client[] = [];
    for (let i = 0; i < SAVERS; i++)
      clients.push(await signInAs(second.url, world.users.preparer.username, USER_PASSWORD));
    const saving = Promise.all(clients.map((c, i) => saver(i, c)));
    await sleep(2000);
    await second.kill('SIGKILL');
    stop = true;
    await saving;

    // 3. Restart and read everything back.
    const third = await start();
    const health = await fetch(`${third.url}/api/health`);
    if (health.status !== 200) o.failures.push(`health after restart: ${health.status}`);
    const reader = await signInAs(third.url, world.users.preparer.username, USER_PASSWORD);
    let lost = 0;
    for (const [i, c] of created.entries()) {
      const ack = acknowledged[i] ?? 0;
      const stored = await expectStatus<Detail>(reader.get(`/api/evaluations/${c.id}`), 200, 'read back');
      const history = await expectStatus<{ items: { action: string }[] }>(
        reader.get(`/api/evaluations/${c.id}/history`),
        200,
        'history',
      );
      if (stored.version < ack) {
        lost += ack - stored.version;
        o.failures.push(`evaluation ${i}: acknowledged version ${ack}, stored ${stored.version}`);
      } else if (stored.version > ack + 1) {
        o.failures.push(
          `evaluation ${i}: stored version ${stored.version}, only ${ack} (+1 in flight) were sent`,
        );
      }
      const expected = stored.version === 1 ? undefined : nameOf(i, stored.version);
      if (expected && stored.evaluation.project?.name !== expected) {
        lost += 1;
        o.failures.push(
          `evaluation ${i}: stored 「${stored.evaluation.project?.name}」, sent 「${expected}」`,
        );
      }
      if (history.items.length !== stored.version)
        o.failures.push(
          `evaluation ${i}: version ${stored.version} but ${history.items.length} history entries`,
        );
    }
    o.lostWrites = lost;
    o.notes.push(`saves acknowledged before the kill: ${acknowledged.map((v) => v - 1).join(', ')}`);
    await third.kill('SIGKILL');

    const { rows, auditLines } = await countImport(store);
    if (rows !== 0 && rows !== UNITS * YEARS)
      o.failures.push(`after the kill mid-import ${rows} of ${UNITS * YEARS} budget rows are stored`);
    if (auditLines !== (rows === 0 ? 0 : 1))
      o.failures.push(`${rows} imported rows but ${auditLines} bulk-import audit lines`);
    o.notes.push(
      `import killed mid-transaction: ${rows === 0 ? 'none' : 'all'} of ${UNITS * YEARS} rows survived`,
    );
    if (lost > 0) o.failures.push(`${lost} lost write(s)`);
  } finally {
    for (const s of servers) await s.kill('SIGKILL');
    await store.drop();
  }
  return o;
}
