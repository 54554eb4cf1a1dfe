import { parseEvaluation } from '@jixiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvaluation } from '../src/evaluations/store';
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
    // Nobody in the world writes at U1b: that draft goes straight into the store.
    await insertEvaluation(server.database.db, {
      organisationId: world.orgs.u1b,
      evaluation: parseEvaluation(seedEvaluation(1)),
      userId: null,
    });
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

  it('writes a title with quotes, backslashes, tabs and characters beyond the BMP as the record reads', async () => {
    const evaluation = seedEvaluation(1);
    const name = '项目"甲"\\乙\t</script>\u2028𠀀😀';
    evaluation.project = { ...(evaluation.project as Record<string, unknown>), name };
    const made = await preparer.post<{ id: string }>(`/api/organisations/${world.orgs.u1}/evaluations`, {
      evaluation,
    });
    expect(made.status).toBe(201);
    try {
      const list = await preparer.get<Page>(`/api/evaluations?q=${encodeURIComponent('</script>')}`);
      expect(list.body.total).toBe(1);
      const detail = await preparer.get<Record<string, unknown>>(`/api/evaluations/${made.body.id}`);
      const {
        evaluation: _e,
        updatedByName: _u,
        priorYear: _p,
        reviewChain: _c,
        actions: _a,
        ...summary
      } = detail.body;
      expect(summary.title).toBe(name);
      expect(list.body.items).toEqual([summary]);
    } finally {
      const version = (await preparer.get<{ version: number }>(`/api/evaluations/${made.body.id}`)).body
        .version;
      expect((await preparer.delete(`/api/evaluations/${made.body.id}?version=${version}`)).status).toBe(204);
    }
  });

  it('shows every write in the next list: a new draft, a save, a deletion', async () => {
    const list = () => preparer.get<Page>('/api/evaluations?pageSize=100');
    const first = await list();
    expect(await list()).toEqual(first);
    const made = await createEvaluation(preparer, world.orgs.u1, 1);
    const afterCreate = (await list()).body;
    expect(afterCreate.total).toBe(first.body.total + 1);
    expect(afterCreate.items[0]?.id).toBe(made.id);
    const detail = await preparer.get<{ version: number; evaluation: unknown }>(
      `/api/evaluations/${made.id}`,
    );
    const saved = await preparer.put<{ version: number }>(`/api/evaluations/${made.id}`, {
      version: detail.body.version,
      evaluation: detail.body.evaluation,
    });
    expect(saved.status).toBe(200);
    expect((await list()).body.items[0]).toMatchObject({ id: made.id, version: saved.body.version });
    expect((await preparer.delete(`/api/evaluations/${made.id}?version=${saved.body.version}`)).status).toBe(
      204,
    );
    expect((await list()).body).toEqual(first.body);
  });

  it('shows a write made past this instance (another instance, a script) in the next list', async () => {
    const list = () => preparer.get<Page>('/api/evaluations?pageSize=100&sort=updatedAt&order=asc');
    const before = (await list()).body;
    // Asked twice with nothing written: the second answer may be the kept page, and is the same.
    expect((await list()).body).toEqual(before);
    const [id] = ids;
    const retitle = (title: string) =>
      server.database.executeSql('update evaluations set title = $1 where id = $2', [title, id]);
    const title = before.items.find((i) => i.id === id)?.title;
    await retitle('改名于别处');
    try {
      expect((await list()).body.items.find((i) => i.id === id)?.title).toBe('改名于别处');
    } finally {
      await retitle(String(title));
    }
    expect((await list()).body).toEqual(before);
  });

  it('lists the subtree of the organisation asked for, and nothing for one that does not exist', async () => {
    const admin = world.admin;
    const totals = async (organisationId: string) =>
      (await admin.get<Page>(`/api/evaluations?organisationId=${organisationId}`)).body.total;
    expect(await totals(world.orgs.u1)).toBe(5);
    expect(await totals(world.orgs.u1b)).toBe(1);
    expect(await totals(world.orgs.d1)).toBe(6);
    expect(await totals(world.orgs.b2)).toBe(0);
    const nowhere = await admin.get<Page>(`/api/evaluations?organisationId=${crypto.randomUUID()}`);
    expect(nowhere.body).toMatchObject({ items: [], total: 0 });
  });
});
