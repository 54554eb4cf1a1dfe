import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customRuleSets } from '../src/db/schema';
import { SEEDS_FOLDER } from '../src/demo/demo-data';
import { adminClient, BACKENDS, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, createEvaluation, seedEvaluation, type World } from './world';

/**
 * Fiscal years with deadlines per stage, custom rule sets (uploaded, validated, versioned), their
 * assignment to a region and year (new evaluations there are scored with it), and the audit log's filters.
 */
const MOF_2020 = JSON.parse(
  readFileSync(join(SEEDS_FOLDER, '../../packages/domain/src/rules/builtin/mof-2020.json'), 'utf8'),
);
const custom = (version: string, change: Record<string, unknown> = {}) =>
  JSON.stringify({ ...MOF_2020, id: 'jiaqu-2024', version, name: '甲区项目支出绩效自评规则', ...change });

interface Year {
  year: number;
  version: number;
  ruleSetId: string;
  deadlines: Record<'declaration' | 'monitoring' | 'selfEvaluation' | 'review', string | null>;
}
interface ErrorBody {
  error: { message: string; issues: { message: string; location: { path?: string; label?: string } }[] };
}
interface AuditLine {
  id: number;
  action: string;
  entity: string;
  entityId: string;
  userName: string | null;
  before: unknown;
  after: unknown;
}

describe.each(BACKENDS)('fiscal years, rule sets and the audit log on %s', (backend) => {
  let server: TestServer;
  let world: World;

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    await world.admin.post('/api/fiscal-years', { year: 2024 });
  });
  afterAll(async () => {
    await server?.close();
  });

  const year2024 = async () =>
    (await world.admin.get<{ items: Year[] }>('/api/fiscal-years')).body.items.find((y) => y.year === 2024);

  it('stores a deadline per stage, shows it to every role, and clears it with null', async () => {
    const before = await year2024();
    expect(before?.deadlines).toEqual({
      declaration: null,
      monitoring: null,
      selfEvaluation: null,
      review: null,
    });
    const set = await world.admin.patch<Year>('/api/fiscal-years/2024', {
      version: before?.version,
      deadlines: { selfEvaluation: '2025-03-31', review: '2025-04-30' },
    });
    expect(set.status).toBe(200);
    expect(set.body.deadlines).toEqual({
      declaration: null,
      monitoring: null,
      selfEvaluation: '2025-03-31',
      review: '2025-04-30',
    });
    const preparer = await clientAs(server, world, 'preparer');
    const seen = (await preparer.get<{ items: Year[] }>('/api/fiscal-years')).body.items[0];
    expect(seen?.deadlines.selfEvaluation).toBe('2025-03-31');
    // Only the stages given change; null clears one.
    const cleared = await world.admin.patch<Year>('/api/fiscal-years/2024', {
      version: set.body.version,
      deadlines: { review: null },
    });
    expect(cleared.body.deadlines).toMatchObject({ selfEvaluation: '2025-03-31', review: null });
    const lines = await world.admin.get<{ items: AuditLine[] }>(
      '/api/audit-log?entity=fiscalYear&action=update',
    );
    expect(lines.body.items[0]?.before).toMatchObject({ reviewDue: '2025-04-30' });
  });

  it('refuses a day the calendar does not have, naming the stage in Chinese, and writes nothing', async () => {
    const before = await year2024();
    const r = await world.admin.patch<ErrorBody>('/api/fiscal-years/2024', {
      version: before?.version,
      deadlines: { selfEvaluation: '2025-02-29' },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]?.location.label).toBe('绩效自评截止日期');
    expect(r.body.error.issues[0]?.message).toContain('年-月-日');
    expect((await year2024())?.version).toBe(before?.version);
  });

  it('stores an uploaded rule set as a new revision per version, and lists it beside the built-in ones', async () => {
    const first = await world.admin.post<{ revision: number }>('/api/rule-sets', {
      fileName: 'jiaqu.json',
      content: custom('2024.1'),
    });
    expect(first.status).toBe(201);
    expect(first.body.revision).toBe(1);
    const again = await world.admin.post<ErrorBody>('/api/rule-sets', {
      fileName: 'jiaqu.json',
      content: custom('2024.1'),
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('版本「2024.1」已经上传过');
    const second = await world.admin.post<{ revision: number }>('/api/rule-sets', {
      fileName: 'jiaqu.json',
      content: custom('2024.2'),
    });
    expect(second.body.revision).toBe(2);
    const list = await world.admin.get<{ items: { id: string; version: string; builtin: boolean }[] }>(
      '/api/rule-sets',
    );
    expect(list.body.items.find((r) => r.id === 'jiaqu-2024')).toMatchObject({
      version: '2024.2',
      builtin: false,
    });
    expect(list.body.items.find((r) => r.id === 'mof-2020')).toMatchObject({ builtin: true });
    // Whole, for the web app's live scoring: the newest revision, to every signed-in role.
    const preparer = await clientAs(server, world, 'preparer');
    const whole = await preparer.get<{ version: string; indicatorWeight: string }>(
      '/api/rule-sets/jiaqu-2024',
    );
    expect(whole.body).toMatchObject({ version: '2024.2', indicatorWeight: '90' });
    expect((await preparer.get<ErrorBody>('/api/rule-sets/no-such-rules')).status).toBe(400);
    // A revision uploaded through another instance (written straight to the database here) is used from the next read.
    await server.database.db.insert(customRuleSets).values({
      ruleSetId: 'jiaqu-2024',
      revision: 3,
      versionLabel: '2024.3',
      content: JSON.parse(custom('2024.3')),
    });
    const newest = await preparer.get<{ version: string }>('/api/rule-sets/jiaqu-2024');
    expect(newest.body.version).toBe('2024.3');
  });

  it('explains what is wrong in an uploaded rule set, field by field, and stores nothing', async () => {
    // 10 + 80 ≠ 100: the weights do not add up.
    const yaml = custom('2024.9', { id: 'bad-weights', indicatorWeight: '80' });
    const r = await world.admin.post<ErrorBody>('/api/rule-sets', { fileName: 'bad.json', content: yaml });
    expect(r.status).toBe(400);
    const issue = r.body.error.issues.find((i) => i.location.path === 'indicatorWeight');
    expect(issue?.location.label).toContain('绩效指标总分值');
    expect(issue?.message).toContain('10 + 绩效指标总分值 80 = 90，应等于总分 100');
    const broken = await world.admin.post<ErrorBody>('/api/rule-sets', {
      fileName: 'broken.yaml',
      content: 'id: [unclosed',
    });
    expect(broken.status).toBe(400);
    const builtin = await world.admin.post<ErrorBody>('/api/rule-sets', {
      fileName: 'mof.json',
      content: JSON.stringify(MOF_2020),
    });
    expect(builtin.status).toBe(400);
    expect(builtin.body.error.message).toContain('内置规则集');
    const list = await world.admin.get<{ items: { id: string }[] }>('/api/rule-sets');
    expect(list.body.items.map((x) => x.id)).not.toContain('bad-weights');
  });

  it('scores new evaluations of the assigned region and year with the assigned rule set, others not', async () => {
    const put = await world.admin.put<{ ruleSetId: string; version: number }>(
      `/api/organisations/${world.orgs.b1}/rule-set-assignments/2024`,
      { ruleSetId: 'jiaqu-2024' },
    );
    expect(put.status).toBe(200);
    const preparer = await clientAs(server, world, 'preparer');
    // Seed 001 names beijing-2024 for 2024; the region's assignment wins for a new evaluation.
    const inRegion = await createEvaluation(preparer, world.orgs.u1, 1);
    const row = await preparer.get<{ ruleSetId: string; evaluation: { ruleSet: string } }>(
      `/api/evaluations/${inRegion.id}`,
    );
    expect(row.body.ruleSetId).toBe('jiaqu-2024');
    expect(row.body.evaluation.ruleSet).toBe('jiaqu-2024');
    // The preparer can ask before creating (the web app's new-evaluation dialog does).
    const told = await preparer.get<{ ruleSetId: string | null }>(
      `/api/organisations/${world.orgs.u1}/rule-set-assignments/2024`,
    );
    expect(told.body.ruleSetId).toBe('jiaqu-2024');
    const elsewhere = await world.admin.get<{ ruleSetId: string | null }>(
      `/api/organisations/${world.orgs.u2}/rule-set-assignments/2024`,
    );
    expect(elsewhere.body.ruleSetId).toBeNull();
    const score = await preparer.post<{ result: { ruleSet: { id: string; version: string } } }>(
      `/api/evaluations/${inRegion.id}/score`,
    );
    expect(score.body.result.ruleSet).toMatchObject({ id: 'jiaqu-2024', version: '2024.3' });
    // Another year of the same region keeps the rule set the evaluation names.
    const other = await preparer.post<{ ruleSetId: string }>(
      `/api/organisations/${world.orgs.u1}/evaluations`,
      {
        evaluation: { ...seedEvaluation(1), fiscalYear: 2023 },
      },
    );
    expect(other.body.ruleSetId).toBe('beijing-2024');

    const list = await world.admin.get<{ items: { organisationName: string; ruleSetId: string }[] }>(
      '/api/rule-set-assignments?fiscalYear=2024',
    );
    expect(list.body.items).toEqual([
      expect.objectContaining({ organisationName: '甲区财政局', ruleSetId: 'jiaqu-2024' }),
    ]);

    // Changing needs the version read; cancelling goes back to what the evaluation names.
    const stale = await world.admin.put<ErrorBody>(
      `/api/organisations/${world.orgs.b1}/rule-set-assignments/2024`,
      {
        ruleSetId: 'mof-2020',
      },
    );
    expect(stale.status).toBe(409);
    const gone = await world.admin.delete(
      `/api/organisations/${world.orgs.b1}/rule-set-assignments/2024?version=${put.body.version}`,
    );
    expect(gone.status).toBe(204);
    const after = await createEvaluation(preparer, world.orgs.u1, 1);
    const afterRow = await preparer.get<{ ruleSetId: string }>(`/api/evaluations/${after.id}`);
    expect(afterRow.body.ruleSetId).toBe('beijing-2024');
  });

  it('assigns only to a region (a root of the tree), for a year that exists, a rule set that exists', async () => {
    const notRoot = await world.admin.put<ErrorBody>(
      `/api/organisations/${world.orgs.d1}/rule-set-assignments/2024`,
      {
        ruleSetId: 'mof-2020',
      },
    );
    expect(notRoot.status).toBe(400);
    expect(notRoot.body.error.message).toContain('「甲区科协」不是区划');
    const noYear = await world.admin.put<ErrorBody>(
      `/api/organisations/${world.orgs.b1}/rule-set-assignments/2030`,
      {
        ruleSetId: 'mof-2020',
      },
    );
    expect(noYear.status).toBe(400);
    expect(noYear.body.error.message).toContain('2030 年度尚未建立');
    const unknown = await world.admin.put<ErrorBody>(
      `/api/organisations/${world.orgs.b1}/rule-set-assignments/2024`,
      {
        ruleSetId: 'no-such-rules',
      },
    );
    expect(unknown.status).toBe(400);
    const list = await world.admin.get<{ items: unknown[] }>('/api/rule-set-assignments');
    expect(list.body.items).toEqual([]);
  });

  it('filters the audit log by user, action, entity and day, with the user named', async () => {
    const me = (await world.admin.get<{ user: { id: string; displayName: string } }>('/api/session')).body
      .user;
    const all = await world.admin.get<{ items: AuditLine[] }>(
      `/api/audit-log?userId=${me.id}&entity=ruleSetAssignment`,
    );
    expect(all.body.items.map((l) => l.action)).toEqual(['delete', 'create']);
    expect(all.body.items[0]?.userName).toBe(me.displayName);
    const deletes = await world.admin.get<{ items: AuditLine[] }>(
      '/api/audit-log?entity=ruleSetAssignment&action=delete',
    );
    expect(deletes.body.items).toHaveLength(1);
    expect(deletes.body.items[0]?.before).toEqual({ ruleSetId: 'jiaqu-2024' });
    const preparerLines = await world.admin.get<{ items: AuditLine[] }>(
      `/api/audit-log?userId=${world.users.preparer.id}&entity=ruleSetAssignment`,
    );
    expect(preparerLines.body.items).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const upToYesterday = await world.admin.get<{ items: AuditLine[] }>(`/api/audit-log?to=${yesterday}`);
    expect(upToYesterday.body.items).toEqual([]);
    const fromYesterday = await world.admin.get<{ items: AuditLine[] }>(
      `/api/audit-log?from=${yesterday}&entity=ruleSet`,
    );
    // Revision 3 came in without the API, so without an audit line.
    expect(fromYesterday.body.items.map((l) => l.entityId)).toEqual(['jiaqu-2024#2', 'jiaqu-2024#1']);
    const badDay = await world.admin.get<ErrorBody>(`/api/audit-log?from=${today}x`);
    expect(badDay.status).toBe(400);
  });
});

describe.each(BACKENDS)('removing the demo data over HTTP on %s', (backend) => {
  let server: TestServer;
  afterAll(async () => {
    await server?.close();
  });

  it('deletes the demo organisations and their evaluations and says how many went', async () => {
    server = await startTestServer(backend, { demo: true });
    const admin = await adminClient(server);
    const before = await admin.get<{ total: number }>('/api/evaluations?demo=true');
    expect(before.body.total).toBeGreaterThan(0);
    const r = await admin.delete<{ removed: { organisations: number; evaluations: number } }>('/api/demo');
    expect(r.status).toBe(200);
    expect(r.body.removed.evaluations).toBe(before.body.total);
    expect((await admin.get<{ items: unknown[] }>('/api/organisations')).body.items).toEqual([]);
  });
});
