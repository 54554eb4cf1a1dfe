import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, evaluationComments } from '../src/db/schema';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, createEvaluation, seedEvaluation, type World } from './world';

describe.each(BACKENDS)('audit log and comments kept within bounds on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let preparer: Client;

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    preparer = await clientAs(server, world, 'preparer');
  });
  afterAll(async () => {
    await server?.close();
  });

  const linesOf = (entity: string, entityId: string) =>
    server.database.db
      .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
      .orderBy(asc(auditLog.id));

  it('refuses TRUNCATE of the audit log, as it refuses UPDATE and DELETE', async () => {
    const db = server.database.db;
    await expect(db.execute(sql`truncate audit_log`)).rejects.toThrow();
    await expect(db.execute(sql`update audit_log set action = 'tampered'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log`)).rejects.toThrow();
    expect((await db.select({ id: auditLog.id }).from(auditLog).limit(1)).length).toBe(1);
  });

  it('stores only the changed figure for each of ten saves, not the document twice', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1, 1);
    const evaluation = seedEvaluation(1);
    const documentBytes = JSON.stringify(evaluation).length;
    for (let version = 1; version <= 10; version++) {
      const funds = { total: { executed: `${100 + version}.00` } };
      const r = await preparer.put(`/api/evaluations/${id}`, {
        version,
        evaluation: { ...evaluation, funds },
      });
      expect(r.status).toBe(200);
    }
    const updates = (await linesOf('evaluation', id)).filter((l) => l.action === 'update');
    expect(updates).toHaveLength(10);
    // The first save changes 137.85 to 101.00, the tenth 109.00 to 110.00; the status is kept for the history.
    expect(updates[0]?.before).toMatchObject({ 'data/funds/total/executed': '137.85', status: 'draft' });
    expect(updates[9]?.after).toMatchObject({ 'data/funds/total/executed': '110.00', status: 'draft' });
    const stored = updates.reduce(
      (n, l) => n + JSON.stringify(l.before).length + JSON.stringify(l.after).length,
      0,
    );
    // Whole documents before and after would be 20 × the document; ten diffs together are less than one.
    expect(stored).toBeLessThan(documentBytes);
    const history = await preparer.get<{ items: { action: string; fromStatus: string; toStatus: string }[] }>(
      `/api/evaluations/${id}/history`,
    );
    expect(history.body.items.filter((i) => i.action === 'update')).toHaveLength(10);
    expect(history.body.items.at(-1)).toMatchObject({
      action: 'update',
      fromStatus: 'draft',
      toStatus: 'draft',
    });
  });

  it('audit-logs each comment and keeps it when its draft is deleted', async () => {
    const { id, version } = await createEvaluation(preparer, world.orgs.u1, 1);
    const finance = await clientAs(server, world, 'financeReviewer');
    const c = await finance.post<{ id: string }>(`/api/evaluations/${id}/comments`, {
      path: 'funds.total.executed',
      text: '请附执行数依据',
    });
    expect(c.status).toBe(201);
    expect(await linesOf('comment', c.body.id)).toEqual([
      {
        action: 'create',
        before: null,
        after: { evaluationId: id, path: 'funds.total.executed', text: '请附执行数依据' },
      },
    ]);

    expect((await preparer.delete(`/api/evaluations/${id}?version=${version}`)).status).toBe(204);
    const kept = await server.database.db
      .select({ text: evaluationComments.text })
      .from(evaluationComments)
      .where(eq(evaluationComments.evaluationId, id));
    expect(kept).toEqual([{ text: '请附执行数依据' }]);
    // The delete line names what went, without a third copy of the document.
    const deleted = (await linesOf('evaluation', id)).find((l) => l.action === 'delete');
    expect(deleted?.before).toEqual({ status: 'draft', version: 1, title: expect.any(String) });
  });
});
