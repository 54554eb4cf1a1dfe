import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSED_CHECKLIST, unitWideDeclaration } from './declaration-fixture';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, type World } from './world';

interface Declared {
  id: string;
  version: number;
  status: string;
  phase: string;
  evaluationId: string | null;
  actions: string[];
  declaration: {
    indicators: {
      name: string;
      weight: string;
      target: { comparator?: string; value?: string; unit?: string };
      adjustment?: { target: { value?: string }; reason: string; approvedOn?: string };
    }[];
  };
}
interface ErrorReply {
  error: { code: string; issues?: { location?: { path?: string } }[] };
}

describe.each(BACKENDS)('target declarations over HTTP on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let preparer: Client;
  let approver: Client;
  let department: Client;
  let finance: Client;
  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    preparer = await clientAs(server, world, 'preparer');
    approver = await clientAs(server, world, 'unitApprover');
    department = await clientAs(server, world, 'departmentReviewer');
    finance = await clientAs(server, world, 'financeReviewer');
  });
  afterAll(async () => {
    await server?.close();
  });

  async function declare(): Promise<Declared> {
    const r = await preparer.post<Declared>(`/api/organisations/${world.orgs.u1}/declarations`, {
      declaration: unitWideDeclaration(),
    });
    expect(r.status).toBe(201);
    return r.body;
  }

  /** Submit, sign, and both reviewers' approvals with every review point passed. */
  async function approveAll(d: Declared): Promise<Declared> {
    let at = d;
    for (const [client, move, body] of [
      [approver, 'sign', {}],
      [department, 'approve', { checklist: PASSED_CHECKLIST }],
      [finance, 'approve', { checklist: PASSED_CHECKLIST }],
    ] as const) {
      const r = await client.post<Declared>(`/api/declarations/${at.id}/${move}`, {
        version: at.version,
        ...body,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      at = r.body;
    }
    return at;
  }

  it('keeps a new declaration as a draft at version 1 and refuses a save at a stale version with 409, changing nothing', async () => {
    const d = await declare();
    expect([d.status, d.version, d.phase]).toEqual(['draft', 1, 'declaration']);
    expect(d.declaration.indicators).toHaveLength(9);
    const next = unitWideDeclaration();
    const saved = await preparer.patch<Declared>(`/api/declarations/${d.id}`, {
      version: 1,
      declaration: next,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    const stale = await preparer.patch<ErrorReply>(`/api/declarations/${d.id}`, {
      version: 1,
      declaration: next,
    });
    expect(stale.status).toBe(409);
    expect((await preparer.get<Declared>(`/api/declarations/${d.id}`)).body.version).toBe(2);
  });

  it('goes through the evaluation review chain: an approval without the checklist, or with a point not passed, is refused', async () => {
    const d = await declare();
    const submitted = await preparer.post<Declared>(`/api/declarations/${d.id}/submit`, {
      version: d.version,
    });
    expect(submitted.body.status).toBe('submitted');
    const signed = await approver.post<Declared>(`/api/declarations/${d.id}/sign`, {
      version: submitted.body.version,
    });
    expect(signed.body.status).toBe('signed');
    // The finance reviewer may not act before the department: 403, not their step.
    const early = await finance.post<ErrorReply>(`/api/declarations/${d.id}/approve`, {
      version: signed.body.version,
      checklist: PASSED_CHECKLIST,
    });
    expect(early.status).toBe(403);
    const bare = await department.post<ErrorReply>(`/api/declarations/${d.id}/approve`, {
      version: signed.body.version,
    });
    expect(bare.status).toBe(400);
    expect(bare.body.error.issues?.[0]?.location?.path).toBe('checklist');
    const failing = await department.post<ErrorReply>(`/api/declarations/${d.id}/approve`, {
      version: signed.body.version,
      checklist: { ...PASSED_CHECKLIST, feasibility: { passed: false, comment: '目标偏低' } },
    });
    expect(failing.status).toBe(400);
    const noReason = await department.post<ErrorReply>(`/api/declarations/${d.id}/return`, {
      version: signed.body.version,
    });
    expect(noReason.status).toBe(400);
    const returned = await department.post<Declared>(`/api/declarations/${d.id}/return`, {
      version: signed.body.version,
      comment: '可行性不足：目标偏低',
      checklist: { ...PASSED_CHECKLIST, feasibility: { passed: false, comment: '目标偏低' } },
    });
    expect(returned.body.status).toBe('returned');
    const history = await preparer.get<{
      items: { action: string; comment?: string; checklist?: unknown }[];
    }>(`/api/declarations/${d.id}/history`);
    expect(history.body.items.map((i) => i.action)).toEqual(['create', 'submit', 'sign', 'return']);
    expect(history.body.items[3]?.checklist).toMatchObject({ feasibility: { passed: false } });
  });

  it('lists a declaration awaiting a reviewer in their review list and to-do count, and locks it once approved', async () => {
    const d = await declare();
    const submitted = await preparer.post<Declared>(`/api/declarations/${d.id}/submit`, {
      version: d.version,
    });
    const before = await approver.get<{ declarations: number }>('/api/todo-counts');
    const awaiting = await approver.get<{ items: { id: string }[] }>('/api/declarations?awaiting=true');
    expect(awaiting.body.items.map((i) => i.id)).toContain(d.id);
    expect(before.body.declarations).toBeGreaterThanOrEqual(1);
    const approved = await approveAll(submitted.body);
    expect(approved.status).toBe('approved');
    const after = await approver.get<{ items: { id: string }[] }>('/api/declarations?awaiting=true');
    expect(after.body.items.map((i) => i.id)).not.toContain(d.id);
    const locked = await preparer.patch<ErrorReply>(`/api/declarations/${d.id}`, {
      version: approved.version,
      declaration: unitWideDeclaration(),
    });
    expect(locked.status).toBe(409);
    // Another region's preparer does not see it.
    const other = await preparer.get<{ items: { id: string }[] }>(
      `/api/declarations?organisationId=${world.orgs.u2}`,
    );
    expect(other.body.items).toEqual([]);
  });

  it('adjusts a target through the chain again, keeps both values, and generates the evaluation with the one in force', async () => {
    const d = await declare();
    const submitted = await preparer.post<Declared>(`/api/declarations/${d.id}/submit`, {
      version: d.version,
    });
    const approved = await approveAll(submitted.body);
    // 新增科技型企业数量 (index 0) declared ≥150家, adjusted to ≥170家.
    const adjusting = await preparer.post<Declared>(`/api/declarations/${d.id}/adjust`, {
      version: approved.version,
      adjustments: [
        { index: 0, target: { comparator: '>=', value: '170', unit: '家' }, reason: '年中新增扶持政策' },
      ],
    });
    expect(adjusting.status, JSON.stringify(adjusting.body)).toBe(200);
    expect([adjusting.body.status, adjusting.body.phase]).toEqual(['submitted', 'adjustment']);
    const pending = adjusting.body.declaration.indicators[0];
    expect(pending?.adjustment?.approvedOn).toBeUndefined();
    const readjusted = await approveAll(adjusting.body);
    const indicator = readjusted.declaration.indicators[0];
    expect(indicator?.target.value).toBe('150');
    expect(indicator?.adjustment?.target.value).toBe('170');
    expect(indicator?.adjustment?.approvedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const made = await preparer.post<{ evaluationId: string; declaration: Declared }>(
      `/api/declarations/${d.id}/evaluation`,
      {
        version: readjusted.version,
      },
    );
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.declaration.evaluationId).toBe(made.body.evaluationId);
    const evaluation = await preparer.get<{
      evaluation: {
        fiscalYear: number;
        indicators: { name: string; weight: string; target?: { value?: string } }[];
      };
    }>(`/api/evaluations/${made.body.evaluationId}`);
    expect(evaluation.body.evaluation.fiscalYear).toBe(2022);
    const rows = evaluation.body.evaluation.indicators.map((i) => [i.name, i.weight, i.target?.value]);
    expect(rows).toContainEqual(['新增科技型企业数量', '15', '170']);
    expect(rows).toContainEqual(['企业满意度', '5', '95']);
    // A target changed in the evaluation shows in its checks as a difference from the declaration.
    const stored = await preparer.get<{ version: number; evaluation: { indicators: { target?: object }[] } }>(
      `/api/evaluations/${made.body.evaluationId}`,
    );
    const changed = structuredClone(stored.body.evaluation);
    const first = changed.indicators[0];
    if (first) first.target = { comparator: '>=', value: '100', unit: '家' };
    const put = await preparer.put(`/api/evaluations/${made.body.evaluationId}`, {
      version: stored.body.version,
      evaluation: changed,
    });
    expect(put.status).toBe(200);
    const check = await preparer.post<{ findings: { code: string }[] }>(
      `/api/evaluations/${made.body.evaluationId}/check`,
      {},
    );
    expect(check.body.findings.map((f) => f.code)).toContain('target.changed-in-evaluation');
    const twice = await preparer.post<ErrorReply>(`/api/declarations/${d.id}/evaluation`, {
      version: made.body.declaration.version,
    });
    expect(twice.status).toBe(409);
  });

  it('deletes a draft at its version and refuses to delete a submitted one', async () => {
    const d = await declare();
    const submitted = await preparer.post<Declared>(`/api/declarations/${d.id}/submit`, {
      version: d.version,
    });
    const refused = await preparer.delete(`/api/declarations/${d.id}?version=${submitted.body.version}`);
    expect(refused.status).toBe(409);
    const draft = await declare();
    const gone = await preparer.delete(`/api/declarations/${draft.id}?version=${draft.version}`);
    expect(gone.status).toBe(204);
    expect((await preparer.get(`/api/declarations/${draft.id}`)).status).toBe(404);
  });

  it('exports the 申报表 as .xlsx and imports it back as a new draft with the same indicators; a broken file files nothing', async () => {
    const d = await declare();
    const res = await fetch(`${server.url}/api/declarations/${d.id}/export`, { headers: preparer.headers() });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const form = new FormData();
    form.append('file', new Blob([bytes]), '申报表.xlsx');
    const imported = await preparer.post<Declared>(
      `/api/organisations/${world.orgs.u1}/declarations/import`,
      form,
    );
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const rows = (x: Declared) => x.declaration.indicators.map((i) => [i.name, i.weight, i.target.value]);
    expect(rows(imported.body)).toEqual(rows(d));
    const before = await preparer.get<{ total: number }>('/api/declarations');
    const broken = new FormData();
    broken.append('file', new Blob([new Uint8Array([1, 2, 3])]), '坏文件.xlsx');
    const refused = await preparer.post(`/api/organisations/${world.orgs.u1}/declarations/import`, broken);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect((await preparer.get<{ total: number }>('/api/declarations')).body.total).toBe(before.body.total);
  });
});
