import type { Client } from '../../packages/server/test/harness';
import { type FuzzBody, fuzzBodies } from './bodies';
import { type Outcome, outcome } from './outcome';
import { type WriteRoute, writeRoutes } from './routes';
import { type Backend, cpuSeconds, describeExit, freshStore, type Running, spawnServer } from './server';
import {
  buildWorld,
  createEvaluation,
  expectStatus,
  seedEvaluation,
  signInAs,
  USER_PASSWORD,
  type World,
} from './world';

/**
 * 2,000 generated bodies against every write route, each sent by a user the route allows, on real targets
 * (an evaluation, budget, project, fiscal year and user of their own), so the bodies reach validation and
 * the handlers rather than stopping at 403/404. Counted: any 5xx, and any request without an answer.
 */
export const BODIES_PER_ROUTE = Number(process.env.RESILIENCE_FUZZ_BODIES ?? 2000);
/** The fuzzer's share of the suite's time limit: past it, what was sent is reported and the shortfall fails. */
const FUZZ_SECONDS = Number(process.env.RESILIENCE_FUZZ_SECONDS ?? 300);
/** Requests in flight at once: enough to keep the server busy while the suite builds and reads requests. */
const POOL = Number(process.env.RESILIENCE_FUZZ_POOL ?? 8);
const SEED = 20261201;
const SELF_USER = 'r-fuzz-self';

interface Targets {
  evaluation: string;
  doomedEvaluation: string;
  budget: string;
  project: string;
  user: string;
  year: number;
  /** A preparer of its own for the session routes: a fuzzed password change or sign-out ends only its sessions. */
  selfUser: string;
}

async function targets(world: World, preparer: Client): Promise<Targets> {
  const evaluation = (await createEvaluation(preparer, world.orgs.u1)).id;
  const doomedEvaluation = (await createEvaluation(preparer, world.orgs.u1)).id;
  const budget = await expectStatus<{ id: string }>(
    preparer.post(`/api/organisations/${world.orgs.u1}/budgets`, {
      fiscalYear: 2025,
      adjustedBudget: '100.00',
    }),
    201,
    'budget',
  );
  const project = await expectStatus<{ id: string }>(
    preparer.post(`/api/organisations/${world.orgs.u1}/projects`, { fiscalYear: 2025, name: '模糊测试项目' }),
    201,
    'project',
  );
  await expectStatus(world.admin.post('/api/fiscal-years', { year: 2025 }), 201, 'fiscal year');
  const user = await expectStatus<{ id: string }>(
    world.admin.post('/api/users', {
      username: 'r-fuzz-target',
      displayName: '模糊测试对象',
      password: USER_PASSWORD,
      roles: [{ role: 'preparer', organisationId: world.orgs.u1b }],
    }),
    201,
    'user',
  );
  await expectStatus(
    world.admin.post('/api/users', {
      username: SELF_USER,
      displayName: '模糊测试本人',
      password: USER_PASSWORD,
      roles: [{ role: 'preparer', organisationId: world.orgs.u1b }],
    }),
    201,
    'user',
  );
  return {
    evaluation,
    doomedEvaluation,
    budget: budget.id,
    project: project.id,
    user: user.id,
    year: 2025,
    selfUser: SELF_USER,
  };
}

/** A valid body of each route, which the fuzzer mutates one value at a time. */
function example(method: string, url: string, world: World): unknown {
  const evaluation = seedEvaluation(1);
  const examples: Record<string, unknown> = {
    'POST /api/session': { username: 'r-nobody', password: 'Wrong-pass-2026' },
    'POST /api/session/password': { currentPassword: USER_PASSWORD, newPassword: 'Fuzz-new-pass-2026' },
    'POST /api/organisations': {
      kind: 'unit',
      name: '模糊单位',
      parentId: world.orgs.d1,
      regionCode: '500227',
    },
    'PATCH /api/organisations/:id': { version: 1, name: '模糊单位', code: 'F1' },
    'POST /api/users': {
      username: 'r-fuzz-new',
      displayName: '模糊',
      password: 'Fuzz-user-pass-2026',
      roles: [{ role: 'preparer', organisationId: world.orgs.u1 }],
    },
    'PATCH /api/users/:id': { version: 1, displayName: '模糊', active: true, unlock: true },
    'POST /api/users/:id/reset-password': {},
    'POST /api/fiscal-years': { year: 2030, ruleSetId: 'mof-2020' },
    'PATCH /api/fiscal-years/:year': { version: 1, status: 'open', ruleSetId: 'mof-2020' },
    'POST /api/organisations/:id/budgets': {
      fiscalYear: 2026,
      amountUnit: 'wanYuan',
      initialBudget: '100.00',
      adjustedBudget: '120.50',
      executed: '99.25',
    },
    'PATCH /api/budgets/:id': { version: 1, adjustedBudget: '130.00' },
    'POST /api/organisations/:id/projects': { fiscalYear: 2026, name: '模糊项目', code: 'P1', budget: '10' },
    'PATCH /api/projects/:id': { version: 1, name: '模糊项目二' },
    'POST /api/organisations/:id/evaluations': { evaluation },
    'PUT /api/evaluations/:id': { version: 1, evaluation },
    'POST /api/evaluations/:id/comments': { path: 'indicators[0].actual', text: '请核实' },
  };
  if (/^POST \/api\/evaluations\/:id\/(submit|sign|approve|return)$/.test(`${method} ${url}`))
    return {
      version: 1,
      comment: '退回修改',
      acknowledgements: [{ code: 'flag.red', path: 'funds', note: '已核实' }],
    };
  return examples[`${method} ${url}`];
}

function pathFor(url: string, role: string, world: World, t: Targets, method: string): string {
  return url.replace(/:(\w+)/g, (_, param: string) => {
    if (param === 'year') return String(t.year);
    if (url.startsWith('/api/organisations/')) return world.home[role as keyof World['home']];
    if (url.startsWith('/api/evaluations/')) return method === 'DELETE' ? t.doomedEvaluation : t.evaluation;
    if (url.startsWith('/api/budgets/')) return t.budget;
    if (url.startsWith('/api/projects/')) return t.project;
    if (url.startsWith('/api/users/')) return t.user;
    return param;
  });
}

async function send(url: string, method: string, client: Client, body: FuzzBody): Promise<number> {
  try {
    const r = await fetch(url, {
      method,
      headers: {
        ...client.headers(),
        'x-csrf-token': client.csrfToken ?? '',
        'content-type': body.contentType,
      },
      body: body.payload,
      signal: AbortSignal.timeout(30_000),
    });
    await r.arrayBuffer();
    return r.status;
  } catch {
    return 0;
  }
}

/** One route under fuzzing: its session, its bodies, and the statuses answered so far. */
interface Fuzzed {
  route: WriteRoute;
  client: Client;
  path: string;
  bodies: FuzzBody[];
  statuses: Map<number, number>;
  sent: number;
}

/**
 * Sends every route's bodies, POOL at a time, taking them round-robin across routes (body 1 of each route,
 * then body 2, …): every route advances at the same pace, so no slow route (a password reset is a real
 * scrypt hash, ~70 ms of CPU) is left alone at the end, and the run lasts the server's total work divided
 * by what the machine gives it. Each route's bodies still go in their order. Past the deadline nothing more
 * is sent; what was sent is reported.
 */
async function sendAll(url: string, fuzzed: Fuzzed[], deadline: number, o: Outcome): Promise<number> {
  const jobs = function* () {
    for (let i = 0; i < BODIES_PER_ROUTE; i++) for (const f of fuzzed) if (f.bodies[i]) yield { f, i };
  };
  const queue = jobs();
  let requests = 0;
  const sender = async () => {
    for (let job = queue.next(); !job.done; job = queue.next()) {
      if (performance.now() > deadline) return;
      const { f, i } = job.value;
      const body = f.bodies[i];
      if (!body) continue;
      f.sent += 1;
      const status = await send(url + f.path, f.route.method, f.client, body);
      f.statuses.set(status, (f.statuses.get(status) ?? 0) + 1);
      requests += 1;
      if (status >= 500 || status === 0) record(o, f, body, status);
    }
  };
  await Promise.all(Array.from({ length: POOL }, sender));
  return requests;
}

/** A 5xx is a failure; no answer within 30 s a missed time limit (the server may just be starved of CPU). */
function record(o: Outcome, f: Fuzzed, body: FuzzBody, status: number): void {
  o.fiveXx += status >= 500 ? 1 : 0;
  if (o.evidence.length < 50)
    o.evidence.push(`${f.route.method} ${f.path} ${body.contentType}\n${body.payload.slice(0, 20_000)}`);
  const into = status >= 500 ? o.failures : o.slow;
  if (into.length < 20)
    into.push(
      `${f.route.method} ${f.route.url} as ${f.route.role}: ${status || 'no answer'} for ${body.contentType} ${body.payload.slice(0, 200)}`,
    );
}

export async function fuzzScenario(backend: Backend): Promise<Outcome> {
  const o = outcome('fuzzer', backend);
  const store = await freshStore(backend);
  let server: Running | undefined;
  try {
    server = await spawnServer(store);
    const world = await buildWorld(server);
    const t = await targets(world, await world.signIn('preparer'));
    // RESILIENCE_FUZZ_ROUTES (a regular expression on "METHOD /url") narrows the run while debugging.
    const only = new RegExp(process.env.RESILIENCE_FUZZ_ROUTES ?? '');
    const routes = (await writeRoutes()).filter((r) => only.test(`${r.method} ${r.url}`));
    // Every session is opened before the first fuzzed body: 2,000 failed sign-ins from 127.0.0.1 rightly
    // trip the per-address limit (only failures count), after which no one could sign in from here. Each
    // route has a session of its own, so a fuzzed sign-out or password change ends no other route's.
    const fuzzed: Fuzzed[] = [];
    for (const [n, route] of routes.entries()) {
      const self = route.url.startsWith('/api/session');
      fuzzed.push({
        route,
        client: self ? await signInAs(world.url, t.selfUser, USER_PASSWORD) : await world.signIn(route.role),
        path: pathFor(route.url, route.role, world, t, route.method),
        bodies: fuzzBodies(SEED + n + 1, BODIES_PER_ROUTE, example(route.method, route.url, world)),
        statuses: new Map(),
        sent: 0,
      });
    }
    const memory = server.memory();
    const cpuBefore = cpuSeconds(server.pid);
    const started = performance.now();
    const requests = await sendAll(server.url, fuzzed, started + FUZZ_SECONDS * 1000, o);
    const { peakMb, riseMb } = memory.stop();
    const seconds = (performance.now() - started) / 1000;
    o.peakRssMb = peakMb;
    o.riseMb = riseMb;
    o.notes.push(
      `${BODIES_PER_ROUTE} bodies × ${routes.length} write routes = ${requests} requests in ${seconds.toFixed(0)} s (${(requests / seconds).toFixed(0)} req/s, ${POOL} at once; server CPU ${(cpuSeconds(server.pid) - cpuBefore).toFixed(0)} s)`,
      ...fuzzed.map((f) => {
        const counts = [...f.statuses].sort(([a], [b]) => a - b).map(([st, n]) => `${st}×${n}`);
        return `${f.route.method} ${f.route.url} (${f.route.role}): ${counts.join(' ')}`;
      }),
    );
    const short = fuzzed.filter((f) => f.sent < f.bodies.length).length;
    if (short > 0)
      o.slow.push(`${short} routes got fewer than ${BODIES_PER_ROUTE} bodies within ${FUZZ_SECONDS} s`);
    if (server.exit) o.failures.push(`the server died: ${describeExit(server)}\n${server.tail()}`);
  } finally {
    await server?.kill('SIGKILL');
    await store.drop();
  }
  return o;
}
