import { PGlite } from '@electric-sql/pglite';
import { createServer } from '../../packages/server/src/index';
import { ADMIN_PASSWORD, Client } from '../../packages/server/test/harness';
import { budgetWorkbook, form } from '../../packages/server/test/import-workbooks';
import { buildWorld, clientAs, createEvaluation } from '../../packages/server/test/world';
import { type BenchSection, MemoryPeak, perSecond, since } from './section';

/**
 * The server over real HTTP on an in-memory PGlite (the embedded default): evaluation list pages,
 * saves with optimistic concurrency, and one all-or-nothing bulk import of 4900 budget rows.
 */
const LIST_REQUESTS = 200;
const SAVES = 100;

export const bench: BenchSection = {
  name: 'server',
  title: '服务器（PGlite 内存库，真实 HTTP）',
  async run(out) {
    const memory = new MemoryPeak();
    let start = performance.now();
    const created = await createServer({
      pglite: await PGlite.create(),
      demo: true,
      adminPassword: ADMIN_PASSWORD,
      webRoot: false,
    });
    const url = await created.app.listen({ host: '127.0.0.1', port: 0 });
    out(`start (PGlite in memory, migrate, 5 demo evaluations): ${since(start).toFixed(0)} ms`);
    try {
      const server = { ...created, url, backend: 'pglite' as const, close: async () => {} };
      const world = await buildWorld(server);
      const preparer = await clientAs(server, world, 'preparer');
      for (let i = 0; i < 50; i++) await createEvaluation(preparer, world.orgs.u1, 1);
      const admin = new Client(url);
      await admin.login('admin', ADMIN_PASSWORD);

      start = performance.now();
      for (let i = 0; i < LIST_REQUESTS; i++) await admin.get('/api/evaluations?pageSize=50&sort=totalScore');
      let ms = since(start);
      out(
        `GET /api/evaluations (55 rows, page of 50): ${LIST_REQUESTS} in ${ms.toFixed(0)} ms, ${perSecond(LIST_REQUESTS, ms)}/s`,
      );
      memory.sample();

      const target = await createEvaluation(preparer, world.orgs.u1, 1);
      const body = (await preparer.get<{ evaluation: unknown }>(`/api/evaluations/${target.id}`)).body
        .evaluation;
      start = performance.now();
      for (let v = 1; v <= SAVES; v++)
        await preparer.put(`/api/evaluations/${target.id}`, { version: v, evaluation: body });
      ms = since(start);
      out(
        `PUT /api/evaluations/:id (score + checks + audit per save): ${SAVES} in ${ms.toFixed(0)} ms, ${perSecond(SAVES, ms)}/s`,
      );

      const units = Array.from({ length: 49 }, (_, i) => ({ code: `B${i}`, name: `基准单位${i}` }));
      for (const u of units)
        await world.admin.post('/api/organisations', { kind: 'unit', parentId: world.orgs.d1, ...u });
      const workbook = await budgetWorkbook(units, 100);
      const finance = await clientAs(server, world, 'financeReviewer');
      start = performance.now();
      const r = await finance.post(
        `/api/organisations/${world.orgs.b1}/imports`,
        form([{ name: 'b.xlsx', bytes: workbook }]),
      );
      ms = since(start);
      out(
        `bulk import 4900 budget rows (${workbook.byteLength} bytes .xlsx, one transaction): ${ms.toFixed(0)} ms, status ${r.status}`,
      );
      out(memory.describe());
    } finally {
      await created.app.close();
    }
  },
};
