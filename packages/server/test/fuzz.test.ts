import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICIES } from '../src/access/policies';
import type { Role } from '../src/access/roles';
import type { RegisteredRoute } from '../src/app';
import { fuzzBodies, writeRoutes } from './fuzz-bodies';
import { BACKENDS, Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, createEvaluation, type World } from './world';

/** Bodies per write route: about thirty routes × 16 stays under a minute on PGlite (the resilience suite sends 2,000). */
const BODIES_PER_ROUTE = 16;
const SEED = 20261201;
/** Roles in the order tried: the first the route's permission allows sends its bodies. */
const ROLE_ORDER: Role[] = ['preparer', 'unitApprover', 'departmentReviewer', 'financeReviewer', 'admin'];

interface Sent {
  route: string;
  status: number;
  body: string;
  reply: string;
}

describe.each(BACKENDS)('fuzzed bodies to every write route never get a 5xx, on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let ids: { budget: string; project: string; user: string };

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    const preparer = await clientAs(server, world, 'preparer');
    const budget = await preparer.post<{ id: string }>(`/api/organisations/${world.orgs.u1}/budgets`, {
      fiscalYear: 2024,
      initialBudget: '100.00',
    });
    const project = await preparer.post<{ id: string }>(`/api/organisations/${world.orgs.u1}/projects`, {
      fiscalYear: 2024,
      name: '科普项目',
    });
    const victim = await world.admin.post<{ id: string }>('/api/users', {
      username: 't-fuzz-victim',
      displayName: 'v',
    });
    await world.admin.post('/api/fiscal-years', { year: 2024 });
    ids = { budget: budget.body.id, project: project.body.id, user: victim.body.id };
  });
  afterAll(async () => {
    await server?.close();
  });

  function roleFor(route: RegisteredRoute): Role | 'public' {
    const access = route.access;
    if (!access || 'public' in access) return 'public';
    const allowed: readonly Role[] = POLICIES[access.permission];
    return ROLE_ORDER.find((r) => allowed.includes(r)) ?? 'admin';
  }

  /** The URL with its parameters filled by real ids the chosen role may act on (all in unit U1's line). */
  async function urlFor(route: RegisteredRoute): Promise<string> {
    const entity = route.access && 'permission' in route.access ? route.access.target?.entity : undefined;
    let id: string = crypto.randomUUID();
    if (entity === 'organisation') id = world.orgs.u1;
    else if (entity === 'evaluation')
      id = (await createEvaluation(await clientAs(server, world, 'preparer'), world.orgs.u1, 1)).id;
    else if (entity === 'budget') id = ids.budget;
    else if (entity === 'project') id = ids.project;
    else if (route.url.startsWith('/api/users/')) id = ids.user;
    return route.url.replace(':year', '2024').replace(/:[a-zA-Z]+/, id);
  }

  it('sends seeded hostile bodies to each write route as a user allowed to use it', {
    timeout: 600_000,
  }, async () => {
    const routes = writeRoutes(server.app);
    expect(routes.length).toBeGreaterThan(20);
    const failures: Sent[] = [];
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const [n, route] of routes.entries()) {
      const role = roleFor(route);
      const session = async () =>
        role === 'public' ? new Client(server.url) : clientAs(server, world, role);
      let client = await session();
      const url = await urlFor(route);
      const t0 = performance.now();
      for (const body of fuzzBodies(SEED + n, BODIES_PER_ROUTE, route)) {
        const headers: Record<string, string> = { ...client.headers(), 'content-type': 'application/json' };
        if (client.csrfToken) headers['x-csrf-token'] = client.csrfToken;
        const res = await fetch(server.url + url, { method: route.method, headers, body });
        const reply = await res.text();
        sent += 1;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) {
          failures.push({
            route: `${route.method} ${route.url}`,
            status: res.status,
            body: body.slice(0, 300),
            reply: reply.slice(0, 300),
          });
        }
        // Signing out or changing a password ends the session: take a new one for the next body.
        if (res.status === 401 && role !== 'public') client = await session();
      }
      if (process.env.FUZZ_TIMES)
        process.stderr.write(`${route.method} ${route.url} ${Math.round(performance.now() - t0)} ms\n`);
    }
    expect(sent).toBe(routes.length * BODIES_PER_ROUTE);
    expect(failures).toEqual([]);
    if (process.env.FUZZ_TIMES) process.stderr.write(`${JSON.stringify([...statuses].sort())}\n`);
    // Not vacuous: most bodies are judged by the routes' schemas (400), and some pass them.
    expect(statuses.get(400) ?? 0).toBeGreaterThan(sent / 2);
    expect([...statuses].filter(([s]) => s < 300).reduce((a, [, c]) => a + c, 0)).toBeGreaterThan(0);
  });
});
