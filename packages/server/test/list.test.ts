import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, createEvaluation, seedEvaluation, type World } from './world';

type Page = { items: Record<string, unknown>[]; total: number; page: number; pageSize: number };

describe.each(BACKENDS)('the evaluation list, on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let preparer: Client;
  const ids: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    preparer = await clientAs(server, world, 'preparer');
    // Five drafts at U1 and one at U1b, which the preparer (held at U1) may not see.
    for (let i = 0; i < 5; i++) ids.push((await createEvaluation(preparer, world.orgs.u1, 1)).id);
    const other = await clientAs(server, world, 'admin');
    await other.post(`/api/organisations/${world.orgs.u1b}/evaluations`, { evaluation: seedEvaluation(1) });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('gives every page the total over all pages, a page past the end included', async () => {
    const page = (n: number) =>
      preparer.get<Page>(`/api/evaluations?pageSize=2&page=${n}&sort=updatedAt&order=asc`);
    const pages = await Promise.all([1, 2, 3, 4].map(page));
    expect(pages.map((p) => p.body.items.length)).toEqual([2, 2, 1, 0]);
    expect(pages.map((p) => p.body.total)).toEqual([5, 5, 5, 5]);
    // The pages split the five without overlap, oldest first as asked.
    expect(pages.flatMap((p) => p.body.items.map((i) => i.id))).toEqual(ids);
  });

  it('reports zero for a first page with nothing in it', async () => {
    const r = await preparer.get<Page>('/api/evaluations?fiscalYear=1999');
    expect(r.body).toMatchObject({ items: [], total: 0, page: 1 });
  });

  it('lists the summary columns of each evaluation, never the document', async () => {
    const list = await preparer.get<Page>('/api/evaluations?pageSize=1&sort=updatedAt&order=asc');
    const [row] = list.body.items;
    expect(row).toBeDefined();
    expect(row).not.toHaveProperty('evaluation');
    expect(row).not.toHaveProperty('data');
    const detail = await preparer.get<Record<string, unknown>>(`/api/evaluations/${ids[0]}`);
    // The detail adds the document, its last editor, last year's, its review chain and the user's moves.
    const {
      evaluation: _e,
      updatedByName: _u,
      priorYear: _p,
      reviewChain: _c,
      actions: _a,
      ...summary
    } = detail.body;
    expect(row).toEqual(summary);
  });
});
