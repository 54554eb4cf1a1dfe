import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/access/roles';
import { organisations, publications } from '../src/db/schema';
import { insertRectification } from '../src/rectification/store';
import { unitWideDeclaration } from './declaration-fixture';
import { formWith, tinyPdf } from './evidence-fixtures';
import { BACKENDS, Client, startTestServer, type TestServer } from './harness';
import { monitoringFixture } from './monitoring-fixture';
import { buildWorld, clientAs, createEvaluation, type World } from './world';

/**
 * The access matrix, written out here as the specification (not read from policies.ts): for every route,
 * which roles may use it on a target in their own organisation and on one in another organisation.
 * A route the server registers but this table lacks fails the test, so no route is left out.
 */
type Who = 'public' | Role[];
interface Expect {
  own: Who;
  /** Defaults to `own` for routes without a target (lists filter instead of refusing). */
  other?: Role[];
}
const ALL: Role[] = ['preparer', 'unitApprover', 'departmentReviewer', 'financeReviewer', 'admin'];
const ADMIN: Role[] = ['admin'];
const READ_OWN: Expect = { own: ALL, other: ADMIN };

const EXPECTED: Record<string, Expect> = {
  'GET /api/health': { own: 'public' },
  'GET /api/openapi.json': { own: 'public' },
  'POST /api/session': { own: 'public' },
  'GET /api/session': { own: ALL },
  'GET /api/session/current': { own: 'public' },
  'DELETE /api/session': { own: ALL },
  'POST /api/session/password': { own: ALL },
  'GET /api/rule-sets': { own: ALL },
  'GET /api/rule-sets/:ruleSetId': { own: ALL },
  'GET /api/heavy/status': { own: ALL },
  'GET /api/audit-log': { own: ADMIN },
  'DELETE /api/demo': { own: ADMIN },
  'GET /api/organisations': { own: ALL },
  'POST /api/organisations': { own: ADMIN },
  'GET /api/organisations/:id': READ_OWN,
  'PATCH /api/organisations/:id': { own: ADMIN, other: ADMIN },
  'DELETE /api/organisations/:id': { own: ADMIN, other: ADMIN },
  'GET /api/users': { own: ADMIN },
  'POST /api/users': { own: ADMIN },
  'GET /api/users/:id': { own: ADMIN },
  'PATCH /api/users/:id': { own: ADMIN },
  'POST /api/users/:id/reset-password': { own: ADMIN },
  'GET /api/fiscal-years': { own: ALL },
  'POST /api/fiscal-years': { own: ADMIN },
  'PATCH /api/fiscal-years/:year': { own: ADMIN },
  'POST /api/rule-sets': { own: ADMIN },
  'GET /api/rule-set-assignments': { own: ADMIN },
  'GET /api/organisations/:id/rule-set-assignments/:year': READ_OWN,
  'PUT /api/organisations/:id/rule-set-assignments/:year': { own: ADMIN, other: ADMIN },
  'DELETE /api/organisations/:id/rule-set-assignments/:year': { own: ADMIN, other: ADMIN },
  'GET /api/budgets': { own: ALL },
  'GET /api/budgets/:id': READ_OWN,
  'POST /api/organisations/:id/budgets': { own: ['preparer', 'financeReviewer'], other: [] },
  'PATCH /api/budgets/:id': { own: ['preparer', 'financeReviewer'], other: [] },
  'GET /api/projects': { own: ALL },
  'GET /api/projects/:id': READ_OWN,
  'POST /api/organisations/:id/projects': { own: ['preparer'], other: [] },
  'PATCH /api/projects/:id': { own: ['preparer'], other: [] },
  'GET /api/evaluations': { own: ALL },
  'GET /api/evaluations/:id': READ_OWN,
  'GET /api/evaluations/:id/history': READ_OWN,
  'POST /api/evaluations/:id/score': READ_OWN,
  'POST /api/evaluations/:id/check': READ_OWN,
  'POST /api/organisations/:id/evaluations': { own: ['preparer'], other: [] },
  'PUT /api/evaluations/:id': { own: ['preparer'], other: [] },
  'DELETE /api/evaluations/:id': { own: ['preparer'], other: [] },
  'POST /api/evaluations/:id/submit': { own: ['preparer'], other: [] },
  'POST /api/evaluations/:id/sign': { own: ['unitApprover'], other: [] },
  'POST /api/evaluations/:id/approve': { own: ['departmentReviewer', 'financeReviewer'], other: [] },
  'POST /api/evaluations/:id/withdraw': {
    own: ['preparer', 'unitApprover', 'departmentReviewer'],
    other: [],
  },
  'POST /api/evaluations/batch/sign': { own: ['unitApprover'] },
  'POST /api/evaluations/batch/approve': { own: ['departmentReviewer', 'financeReviewer'] },
  'POST /api/evaluations/batch/return': { own: ['unitApprover', 'departmentReviewer', 'financeReviewer'] },
  'GET /api/todo-counts': { own: ALL },
  'GET /api/evaluations/:id/comments': READ_OWN,
  'POST /api/evaluations/:id/comments': READ_OWN,
  'PATCH /api/evaluations/:id/comments/:commentId': READ_OWN,
  'POST /api/evaluations/:id/return': {
    own: ['unitApprover', 'departmentReviewer', 'financeReviewer'],
    other: [],
  },
  'GET /api/evaluations/:id/export': READ_OWN,
  'GET /api/reports/overview': { own: ALL },
  'GET /api/reports/overview.xlsx': { own: ALL },
  'POST /api/organisations/:id/evaluations/import': { own: ['preparer'], other: [] },
  'POST /api/organisations/:id/evaluations/import/preview': { own: ['preparer'], other: [] },
  'POST /api/organisations/:id/imports': {
    own: ['preparer', 'departmentReviewer', 'financeReviewer'],
    other: [],
  },
  'POST /api/organisations/:id/import-jobs': {
    own: ['preparer', 'departmentReviewer', 'financeReviewer'],
    other: [],
  },
  'GET /api/jobs/:id': { own: ['preparer', 'departmentReviewer', 'financeReviewer'], other: [] },
  'POST /api/audit': { own: ['departmentReviewer', 'financeReviewer', 'admin'] },
  // 绩效目标申报 (routes/declarations.ts)
  'GET /api/declarations': { own: ALL },
  'POST /api/organisations/:id/declarations': { own: ['preparer'], other: [] },
  'GET /api/declarations/:id': READ_OWN,
  'PATCH /api/declarations/:id': { own: ['preparer'], other: [] },
  'DELETE /api/declarations/:id': { own: ['preparer'], other: [] },
  'POST /api/declarations/:id/check': READ_OWN,
  'GET /api/declarations/:id/history': READ_OWN,
  'POST /api/declarations/:id/submit': { own: ['preparer'], other: [] },
  'POST /api/declarations/:id/sign': { own: ['unitApprover'], other: [] },
  'POST /api/declarations/:id/approve': { own: ['departmentReviewer', 'financeReviewer'], other: [] },
  'POST /api/declarations/:id/return': {
    own: ['unitApprover', 'departmentReviewer', 'financeReviewer'],
    other: [],
  },
  'POST /api/declarations/:id/withdraw': {
    own: ['preparer', 'unitApprover', 'departmentReviewer'],
    other: [],
  },
  'POST /api/declarations/:id/adjust': { own: ['preparer'], other: [] },
  'POST /api/declarations/:id/evaluation': { own: ['preparer'], other: [] },
  'GET /api/declarations/:id/export': READ_OWN,
  'POST /api/organisations/:id/declarations/import': { own: ['preparer'], other: [] },
  // indicator library: global (no organisation target); read by all, kept by the finance bureau and admin
  'GET /api/indicator-library': { own: ALL },
  'GET /api/indicator-library/:id': { own: ALL },
  'GET /api/indicator-library/export.xlsx': { own: ALL },
  'POST /api/indicator-library': { own: ['financeReviewer', 'admin'] },
  'PATCH /api/indicator-library/:id': { own: ['financeReviewer', 'admin'] },
  'POST /api/indicator-library/:id/retire': { own: ['financeReviewer', 'admin'] },
  'POST /api/indicator-library/:id/restore': { own: ['financeReviewer', 'admin'] },
  'POST /api/indicator-library/import': { own: ['financeReviewer', 'admin'] },
  // monitoring reports (双监控, issue 13)
  'GET /api/monitoring': { own: ALL },
  'GET /api/monitoring/focus': { own: ['departmentReviewer', 'financeReviewer'] },
  'GET /api/monitoring/overview': { own: ['departmentReviewer', 'financeReviewer'] },
  'GET /api/monitoring/overview.xlsx': { own: ['departmentReviewer', 'financeReviewer'] },
  'POST /api/organisations/:id/monitoring': { own: ['preparer'], other: [] },
  'GET /api/monitoring/:id': READ_OWN,
  'GET /api/monitoring/:id/history': READ_OWN,
  'PATCH /api/monitoring/:id': { own: ['preparer'], other: [] },
  'DELETE /api/monitoring/:id': { own: ['preparer'], other: [] },
  'POST /api/monitoring/:id/submit': { own: ['preparer'], other: [] },
  'POST /api/monitoring/:id/sign': { own: ['unitApprover'], other: [] },
  'POST /api/monitoring/:id/approve': { own: ['departmentReviewer', 'financeReviewer'], other: [] },
  'POST /api/monitoring/:id/return': {
    own: ['unitApprover', 'departmentReviewer', 'financeReviewer'],
    other: [],
  },
  'POST /api/monitoring/:id/withdraw': { own: ['preparer', 'unitApprover', 'departmentReviewer'], other: [] },
  'PUT /api/monitoring/:id/follow-up': { own: ['financeReviewer'], other: [] },
  'POST /api/monitoring/:id/second-round': { own: ['financeReviewer'], other: [] },
  // 信息公开 (routes/publications.ts): publishing is the 财政局's under the default rule (the service refuses the
  // 主管部门 before looking at the item); withdraw is checked for the rule's publisher after validation.
  'POST /api/evaluations/:id/publish': { own: ['financeReviewer'], other: [] },
  'POST /api/declarations/:id/publish': { own: ['financeReviewer'], other: [] },
  'POST /api/publications/:id/withdraw': { own: ['departmentReviewer', 'financeReviewer'], other: [] },
  'GET /api/publications': { own: ALL },
  'GET /api/public/publications': { own: 'public' },
  'GET /api/public/publications/:id': { own: 'public' },
  'GET /api/public/publications/:id/report.pdf': { own: 'public' },
  'GET /api/public/publications/:id/table.xlsx': { own: 'public' },
  'GET /api/public/results.json': { own: 'public' },
  'GET /api/public/results.csv': { own: 'public' },
  'GET /api/public/datapackage.json': { own: 'public' },
  // 结果应用 (issue 14): the list and workbook filter by scope; only the finance bureau's reviewer overrides
  'GET /api/results': { own: ALL },
  'GET /api/results.xlsx': { own: ALL },
  'PATCH /api/results/:id': { own: ['financeReviewer'], other: [] },
  // publishing the list: both reviewers pass the hook; the rule's publisher is checked after validation
  'POST /api/results/publish': { own: ['departmentReviewer', 'financeReviewer'] },
  'POST /api/organisations/:id/monitoring/import': { own: ['preparer'], other: [] },
  // rectification ledger (整改台账, issue 14)
  'GET /api/rectification': { own: ALL },
  'GET /api/rectification/counts': { own: ALL },
  'GET /api/rectification/overview': { own: ['departmentReviewer', 'financeReviewer'] },
  'GET /api/organisations/:id/rectification/prior-year': READ_OWN,
  'POST /api/organisations/:id/rectification': { own: ['departmentReviewer', 'financeReviewer'], other: [] },
  'POST /api/evaluations/:id/rectification': { own: ['departmentReviewer', 'financeReviewer'], other: [] },
  'POST /api/monitoring/:id/rectification': { own: ['departmentReviewer', 'financeReviewer'], other: [] },
  'GET /api/rectification/:id': READ_OWN,
  'PATCH /api/rectification/:id': { own: ['departmentReviewer', 'financeReviewer'], other: [] },
  'GET /api/rectification/:id/history': READ_OWN,
  'POST /api/rectification/:id/start': { own: ['preparer', 'unitApprover'], other: [] },
  'POST /api/rectification/:id/report': { own: ['preparer', 'unitApprover'], other: [] },
  'POST /api/rectification/:id/close': { own: ['departmentReviewer', 'financeReviewer'], other: [] },
  'POST /api/rectification/:id/return': { own: ['departmentReviewer', 'financeReviewer'], other: [] },
  'GET /api/monitoring/:id/export': READ_OWN,
  // evidence (佐证材料, issue 14 §3): readers of the owner read, its preparer writes
  'GET /api/evaluations/:id/evidence': READ_OWN,
  'POST /api/evaluations/:id/evidence': { own: ['preparer'], other: [] },
  'GET /api/evaluations/:id/bundle.zip': READ_OWN,
  'GET /api/evidence/:id': READ_OWN,
  'DELETE /api/evidence/:id': { own: ['preparer'], other: [] },
  // an item's files, found through the ledger (rectification/evidence-owners.ts) and scoped to its unit
  'GET /api/rectification/:id/evidence': READ_OWN,
  'POST /api/rectification/:id/evidence': { own: ['preparer'], other: [] },
};
/** Plugin routes (the docs page, the web app's static files): public by nature. */
const isPluginRoute = (url: string) =>
  url === '/api/docs' || url.startsWith('/api/docs/') || !url.startsWith('/api/');

describe.each(BACKENDS)('access over every route × role × own/other organisation on %s', (backend) => {
  let server: TestServer;
  let world: World;
  const targets: Record<'own' | 'other', Record<string, string>> = { own: {}, other: {} };

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    const preparer = await clientAs(server, world, 'preparer');
    const admin = world.admin;
    // Region 2 needs its own preparer to create content there.
    const p2 = await admin.post<{ id: string }>('/api/users', {
      username: 't-preparer2',
      displayName: 'p2',
      password: 'Test-pass-2026',
      roles: [{ role: 'preparer', organisationId: world.orgs.u2 }],
    });
    const { createSession } = await import('../src/auth/sessions');
    const s2 = await createSession(server.database.db, p2.body.id);
    const preparer2 = new Client(server.url).setSessionCookies(s2.token, s2.csrfToken);
    for (const [side, client, unit] of [
      ['own', preparer, world.orgs.u1],
      ['other', preparer2, world.orgs.u2],
    ] as const) {
      const ev = await createEvaluation(client, unit, 1);
      const budget = await client.post<{ id: string }>(`/api/organisations/${unit}/budgets`, {
        fiscalYear: 2024,
        initialBudget: '100.00',
      });
      const project = await client.post<{ id: string }>(`/api/organisations/${unit}/projects`, {
        fiscalYear: 2024,
        name: '科普项目',
      });
      const fd = new FormData();
      fd.append('file', new Blob(['{}']), 'empty.json');
      const job = await client.post<{ jobId: string }>(`/api/organisations/${unit}/import-jobs`, fd);
      const monitoring = await client.post<{ id: string }>(`/api/organisations/${unit}/monitoring`, {
        report: monitoringFixture({ unit: { name: '单位' } }),
      });
      const declaration = await client.post<{ id: string }>(`/api/organisations/${unit}/declarations`, {
        declaration: unitWideDeclaration(),
      });
      const evidence = await client.post<{ id: string }>(
        `/api/evaluations/${ev.id}/evidence?path=indicators.0`,
        formWith('证明.pdf', tinyPdf()),
      );
      const rectification = await insertRectification(server.database.db, {
        organisationId: unit,
        fiscalYear: 2024,
        source: { kind: 'manual' },
        problem: '问题',
        measure: '要求',
        deadline: '2024-12-31',
        userId: world.users.departmentReviewer.id,
      });
      const [org] = await server.database.db
        .select({ path: organisations.path })
        .from(organisations)
        .where(eq(organisations.id, unit));
      const [publication] = await server.database.db
        .insert(publications)
        .values({
          kind: 'evaluation',
          itemId: ev.id,
          fiscalYear: 2024,
          organisationId: unit,
          organisationPath: org?.path ?? '',
          regionName: '区划',
          title: '公开的自评',
          snapshot: {},
          publisher: 'financeBureau',
          publishedBy: world.users.financeReviewer.id,
        })
        .returning({ id: publications.id });
      targets[side] = {
        publication: publication?.id ?? 'missing',
        rectification: rectification.id,
        evidence: evidence.body.id,
        monitoring: monitoring.body.id,
        declaration: declaration.body.id,
        job: job.body.jobId,
        evaluation: ev.id,
        organisation: unit,
        budget: budget.body.id,
        project: project.body.id,
      };
    }
    const victim = await admin.post<{ id: string }>('/api/users', { username: 't-victim', displayName: 'v' });
    targets.own.user = victim.body.id;
    targets.other.user = victim.body.id;
    await admin.post('/api/fiscal-years', { year: 2024 });
  });
  afterAll(async () => {
    await server?.close();
  });

  function urlFor(url: string, side: 'own' | 'other'): string {
    const t = targets[side];
    const entity = url.startsWith('/api/organisations/:id')
      ? 'organisation'
      : url.startsWith('/api/budgets/')
        ? 'budget'
        : url.startsWith('/api/projects/')
          ? 'project'
          : url.startsWith('/api/users/')
            ? 'user'
            : url.startsWith('/api/jobs/')
              ? 'job'
              : url.startsWith('/api/monitoring/')
                ? 'monitoring'
                : url.startsWith('/api/declarations/')
                  ? 'declaration'
                  : url.startsWith('/api/evidence/')
                    ? 'evidence'
                    : url.startsWith('/api/rectification/')
                      ? 'rectification'
                      : url.startsWith('/api/publications/') || url.startsWith('/api/public/publications/')
                        ? 'publication'
                        : 'evaluation';
    return url
      .replace(':id', t[entity] ?? 'missing')
      .replace(':year', '2024')
      .replace('*', 'index.html');
  }

  it('lists every registered route in the expected matrix', () => {
    const registered = server.app.registeredRoutes.map((r) => `${r.method} ${r.url}`);
    const missing = registered.filter((k) => !EXPECTED[k] && !isPluginRoute(k.split(' ')[1] ?? ''));
    expect(missing).toEqual([]);
    const stale = Object.keys(EXPECTED).filter((k) => !registered.includes(k));
    expect(stale).toEqual([]);
  });

  it('allows exactly the expected roles on every route, on own and other organisations', async () => {
    const mismatches: string[] = [];
    for (const route of server.app.registeredRoutes) {
      const key = `${route.method} ${route.url}`;
      const expected: Expect = EXPECTED[key] ?? { own: 'public' };
      const hasTarget = route.url.includes(':') && expected.other !== undefined;
      for (const side of hasTarget ? (['own', 'other'] as const) : (['own'] as const)) {
        const url = urlFor(route.url, side);
        const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined;
        // Anonymous first: public routes answer, every other route asks for a login.
        const anon = await new Client(server.url).request(route.method, url, body);
        const anonAllowed = anon.status !== 401 && anon.status !== 403;
        if (anonAllowed !== (expected.own === 'public'))
          mismatches.push(`${key} [${side}] anonymous → ${anon.status}`);
        for (const role of ROLES) {
          const client = await clientAs(server, world, role);
          const r = await client.request(route.method, url, body);
          const allowed = r.status !== 401 && r.status !== 403;
          const who = side === 'own' ? expected.own : (expected.other ?? expected.own);
          const shouldAllow = who === 'public' || who.includes(role);
          if (allowed !== shouldAllow)
            mismatches.push(`${key} [${side}] ${role} → ${r.status} ${JSON.stringify(r.body).slice(0, 120)}`);
          if (r.status >= 500) mismatches.push(`${key} [${side}] ${role} → ${r.status}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Every route × six callers × two sides, one request each: over a minute on a loaded 2-core machine.
  }, 240_000);
});
