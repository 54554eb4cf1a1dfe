import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Evaluation, parseEvaluation } from '@jixiao/domain';
import autocannon from 'autocannon';
import pg from 'pg';
import { z } from 'zod';
import { createSession } from '../../packages/server/src/auth/sessions';
import { connectDatabase, type Database } from '../../packages/server/src/db/connect';
import { migrateDatabase } from '../../packages/server/src/db/migrate';
import { organisations, roleAssignments, users } from '../../packages/server/src/db/schema';
import { SEEDS_FOLDER } from '../../packages/server/src/demo/demo-data';
import { insertEvaluations } from '../../packages/server/src/evaluations/store';
import { figureLine } from './figures';
import type { BenchSection } from './section';

/**
 * The server under load (issue 10 item 5, issue 15's done-when): 2,000 units with one evaluation each,
 * then autocannon, 50 connections, 30 s per route, on loopback, against the real server in a child process
 * (so the load generator does not share its event loop), on PGlite and — when TEST_DATABASE_URL is set — on
 * a PostgreSQL database this section creates and drops. Routes: the finance reviewer's list page, one
 * evaluation, the overview page's request (GET /api/reports/overview for the year, as pages/overview asks;
 * the loaded evaluations are drafts, so this is the request's cost over an empty counted set — the scale
 * section measures it over a province of counted ones), and a save, each connection saving its own
 * evaluation at its own version. JIXIAO_LOAD_SECONDS shortens the runs.
 */
const UNITS = 2000;
const DEPARTMENTS = 20;
const CONNECTIONS = 50;
const SECONDS = Number(process.env.JIXIAO_LOAD_SECONDS ?? 30);
const MAIN = fileURLToPath(new URL('../../packages/server/src/main.ts', import.meta.url));
const ADMIN_PASSWORD = 'Load-bench-2026!';
const INSERT_BATCH = 250;
/** Profiling: extra node options for the server (`JIXIAO_LOAD_NODE_ARGS=--cpu-prof`), and a subset of routes. */
const NODE_ARGS = (process.env.JIXIAO_LOAD_NODE_ARGS ?? '').split(' ').filter(Boolean);
const ONLY_ROUTES = (process.env.JIXIAO_LOAD_ROUTES ?? '').split(',').filter(Boolean);

interface Loaded {
  reviewer: string;
  preparer: string;
  /** Evaluation ids, in unit order; the first CONNECTIONS are the preparer's. */
  ids: string[];
  fiscalYear: number;
}

const cookieOf = (s: { token: string; csrfToken: string }) => ({
  cookie: `jixiao_session=${s.token}; jixiao_csrf=${s.csrfToken}`,
  'x-csrf-token': s.csrfToken,
});

/** 1 bureau → 20 departments → 2,000 units, one evaluation each, two users and their sessions, straight in the store. */
export async function load(
  database: Database,
): Promise<Loaded & { sessions: Record<'reviewer' | 'preparer', Record<string, string>> }> {
  const db = database.db;
  const seed = parseEvaluation(JSON.parse(readFileSync(join(SEEDS_FOLDER, 'seed-001.json'), 'utf8')));
  const bureau = crypto.randomUUID();
  const orgRows: (typeof organisations.$inferInsert)[] = [
    { id: bureau, kind: 'financeBureau', name: '压测财政局', path: `/${bureau}/` },
  ];
  const units: { id: string; name: string }[] = [];
  for (let d = 0; d < DEPARTMENTS; d++) {
    const dept = crypto.randomUUID();
    orgRows.push({
      id: dept,
      parentId: bureau,
      kind: 'department',
      name: `压测部门${d}`,
      path: `/${bureau}/${dept}/`,
    });
    for (let u = 0; u < UNITS / DEPARTMENTS; u++) {
      const id = crypto.randomUUID();
      const name = `压测单位${d}-${u}`;
      units.push({ id, name });
      orgRows.push({ id, parentId: dept, kind: 'unit', name, path: `/${bureau}/${dept}/${id}/` });
    }
  }
  for (let i = 0; i < orgRows.length; i += INSERT_BATCH)
    await db.insert(organisations).values(orgRows.slice(i, i + INSERT_BATCH));

  // Users made here have no usable password (nobody signs in as them): the bench holds sessions instead.
  const [reviewer, preparer] = await db
    .insert(users)
    .values(
      ['load-reviewer', 'load-preparer'].map((username) => ({
        username,
        usernameKey: username,
        displayName: username,
        passwordHash: 'none',
      })),
    )
    .returning({ id: users.id });
  if (!reviewer || !preparer) throw new Error('users not created');
  await db
    .insert(roleAssignments)
    .values([
      { userId: reviewer.id, organisationId: bureau, role: 'financeReviewer' },
      ...units
        .slice(0, CONNECTIONS)
        .map((u) => ({ userId: preparer.id, organisationId: u.id, role: 'preparer' })),
    ]);

  const ids: string[] = [];
  for (let i = 0; i < units.length; i += INSERT_BATCH) {
    const batch = units.slice(i, i + INSERT_BATCH).map((u, k) => ({
      organisationId: u.id,
      evaluation: variant(seed, u.name, i + k),
      userId: preparer.id,
    }));
    const rows = await db.transaction((tx) => insertEvaluations(tx, batch));
    // insertEvaluations returns rows in any order; keep them in unit order.
    const byUnit = new Map(rows.map((r) => [r.organisationId, r.id]));
    for (const b of batch) ids.push(byUnit.get(b.organisationId) ?? '');
  }
  return {
    reviewer: reviewer.id,
    preparer: preparer.id,
    ids,
    fiscalYear: seed.fiscalYear,
    sessions: {
      reviewer: cookieOf(await createSession(db, reviewer.id)),
      preparer: cookieOf(await createSession(db, preparer.id)),
    },
  };
}

/** The seed under the unit's name, its project renamed so titles differ and sort. */
function variant(seed: Evaluation, unitName: string, n: number): Evaluation {
  const unit = { ...seed.unit, name: unitName };
  if (seed.kind === 'project' && seed.project)
    return {
      ...seed,
      unit,
      project: { ...seed.project, name: `${seed.project.name}${String(n).padStart(4, '0')}` },
    };
  return { ...seed, unit };
}

interface Child {
  url: string;
  /** The server process's CPU time so far (user + system), ms; undefined where /proc is missing. */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** utime + stime of a process from /proc (Linux), in ms: CPU spent, whatever else shares the machine. */
function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), counted after the name, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * `packages/server/src/main.ts` in a child process, with its production logging going to a file as a
 * deployment's would (a pipe to this busy process would block the server's synchronous stdout writes).
 */
async function spawnServer(args: string[], env: Record<string, string>, logFile: string): Promise<Child> {
  const log = openSync(logFile, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [...process.execArgv, ...NODE_ARGS, MAIN, '--port', '0', '--no-demo', ...args],
    {
      env: { ...process.env, JIXIAO_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env },
      stdio: ['ignore', log, log],
    },
  );
  closeSync(log);
  let code: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (c) => {
      code = c;
      resolve();
    }),
  );
  for (;;) {
    const out = readFileSync(logFile, 'utf8');
    const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
    if (url)
      return {
        url,
        cpuMs: () => processCpuMs(child.pid),
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      };
    if (code !== undefined) throw new Error(`server exited (${code}):\n${out.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface RouteResult {
  p50: number;
  p99: number;
  rps: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  total: number;
}

/** What a route's run sends: its requests, and for saves each connection's own. */
interface Setup {
  requests: autocannon.Request[];
  setupClient?: (client: autocannon.Client) => void;
}

async function hammer(url: string, setup: Setup, headers: Record<string, string>): Promise<RouteResult> {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
    requests: setup.requests,
    ...(setup.setupClient ? { setupClient: setup.setupClient } : {}),
    timeout: 10,
  });
  return {
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: Math.round(r.requests.average),
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    total: r.requests.total,
  };
}

/** The four routes' runs, one after the other, against one started server. */
async function runRoutes(
  out: (line: string) => void,
  dbName: string,
  child: Child,
  loaded: Awaited<ReturnType<typeof load>>,
  /** PostgreSQL only: the CPU its backends for this database have spent so far, ms. */
  databaseCpuMs?: () => Promise<Map<number, number>>,
) {
  const { reviewer, preparer } = loaded.sessions;
  let next = 0;
  const routes: [string, Setup, Record<string, string>][] = [
    ['list', { requests: [{ method: 'GET', path: '/api/evaluations?pageSize=50' }] }, reviewer],
    [
      'evaluation',
      {
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => ({
              ...req,
              path: `/api/evaluations/${loaded.ids[next++ % loaded.ids.length]}`,
            }),
          },
        ],
      },
      reviewer,
    ],
    [
      'overview',
      {
        requests: [{ method: 'GET', path: `/api/reports/overview?fiscalYear=${loaded.fiscalYear}` }],
      },
      reviewer,
    ],
  ];
  const save = await saveSetup(child.url, loaded.ids.slice(0, CONNECTIONS), preparer);
  routes.push(['save', save, { ...preparer, 'content-type': 'application/json' }]);
  for (const [route, setup, headers] of routes) {
    const requests = setup.requests;
    if (ONLY_ROUTES.length > 0 && !ONLY_ROUTES.includes(route)) continue;
    // A short warm-up (JIT, plans, caches) that is not measured.
    await autocannon({
      url: child.url,
      connections: 4,
      amount: 40,
      headers,
      requests: route === 'save' ? [{ method: 'GET', path: '/api/health' }] : requests,
    });
    const cpuBefore = child.cpuMs();
    const dbBefore = await databaseCpuMs?.();
    const r = await hammer(child.url, setup, headers);
    const cpuAfter = child.cpuMs();
    const dbAfter = await databaseCpuMs?.();
    const name = `server.${dbName}.${route}`;
    if (cpuBefore !== undefined && cpuAfter !== undefined && r.total > 0)
      out(
        figureLine(
          `${name}.cpuMsPerRequest`,
          Number(((cpuAfter - cpuBefore) / r.total).toFixed(2)),
          'server process CPU, user + system',
        ),
      );
    if (dbBefore && dbAfter && r.total > 0)
      out(
        figureLine(
          `${name}.databaseCpuMsPerRequest`,
          Number((cpuSpent(dbBefore, dbAfter) / r.total).toFixed(2)),
          'PostgreSQL backends of the server, user + system (at least: a backend closed meanwhile is not counted)',
        ),
      );
    out(figureLine(`${name}.p50Ms`, r.p50));
    out(figureLine(`${name}.p99Ms`, r.p99));
    out(figureLine(`${name}.rps`, r.rps, `${r.total} requests in ${SECONDS} s, ${CONNECTIONS} connections`));
    out(figureLine(`${name}.non2xx`, r.non2xx, `errors ${r.errors}`));
    // Requests without an answer within 10 s: counted here, absent from the latency percentiles.
    out(figureLine(`${name}.timeouts`, r.timeouts));
  }
}

/**
 * Saves: each connection (autocannon client) is given its own evaluation when it is made, and saves it at
 * the version its last save returned, so every save is a real one and a 409 would be a real conflict,
 * counted as non-2xx. (autocannon resets a request's `context` after each round through the requests, so
 * the connection's evaluation is bound in setupClient instead.)
 */
async function saveSetup(url: string, ids: string[], headers: Record<string, string>): Promise<Setup> {
  const bodies = await Promise.all(
    ids.map(async (id) => {
      const res = await fetch(`${url}/api/evaluations/${id}`, { headers });
      if (!res.ok) throw new Error(`GET ${id}: ${res.status}`);
      const body = z.object({ evaluation: z.unknown(), version: z.number() }).parse(await res.json());
      return { id, evaluation: body.evaluation, version: body.version };
    }),
  );
  let taken = 0;
  const saveOf = (b: (typeof bodies)[number]): autocannon.Request => ({
    method: 'PUT',
    path: `/api/evaluations/${b.id}`,
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({ version: b.version, evaluation: b.evaluation }),
    }),
    onResponse: (status) => {
      if (status === 200) b.version++;
    },
  });
  const first = bodies[0];
  if (!first) throw new Error('no evaluation to save');
  return {
    requests: [saveOf(first)],
    setupClient: (client) => {
      const b = bodies[taken++ % bodies.length];
      if (b) client.setRequests([saveOf(b)]);
    },
  };
}

async function onPglite(out: (line: string) => void): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-load-'));
  try {
    let start = performance.now();
    const database = await connectDatabase({ dataDir: dir });
    let loaded: Awaited<ReturnType<typeof load>>;
    try {
      await migrateDatabase(database);
      loaded = await load(database);
    } finally {
      await database.close();
    }
    out(
      `PGlite: ${UNITS} units and evaluations loaded in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    start = performance.now();
    const child = await spawnServer(['--data', dir], {}, join(dir, 'server.log'));
    try {
      await runRoutes(out, 'pglite', child, loaded);
    } finally {
      await child.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** CPU spent between two readings of the same backends (a backend new since the first counts from zero). */
function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0);
  return spent;
}

/**
 * The CPU of every PostgreSQL backend connected to the database, by pid: on PostgreSQL most of a request's
 * cost is spent there, outside the server process (the database may be shared with other work, so only
 * its own backends are read, through pg_stat_activity and /proc).
 */
function backendCpu(admin: pg.Client, database: string): () => Promise<Map<number, number>> {
  return async () => {
    const { rows } = await admin.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database],
    );
    const cpu = new Map<number, number>();
    for (const { pid } of rows) {
      const ms = processCpuMs(pid);
      if (ms !== undefined) cpu.set(pid, ms);
    }
    return cpu;
  };
}

async function onPostgres(out: (line: string) => void, adminUrl: string): Promise<void> {
  const name = `jixiao_load_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const start = performance.now();
    const database = await connectDatabase({ databaseUrl: url.toString() });
    let loaded: Awaited<ReturnType<typeof load>>;
    try {
      await migrateDatabase(database, url.toString());
      loaded = await load(database);
      await database.executeSql('analyze');
    } finally {
      await database.close();
    }
    out(
      `PostgreSQL: ${UNITS} units and evaluations loaded in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    const logs = await mkdtemp(join(tmpdir(), 'jixiao-load-'));
    const child = await spawnServer([], { DATABASE_URL: url.toString() }, join(logs, 'server.log'));
    try {
      await runRoutes(out, 'postgres', child, loaded, backendCpu(admin, name));
    } finally {
      await child.stop();
      await rm(logs, { recursive: true, force: true });
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export const bench: BenchSection = {
  name: 'load',
  title: `服务器负载（autocannon，${CONNECTIONS} 连接，每条路由 ${SECONDS} 秒，${UNITS} 个单位与自评，子进程服务器）`,
  async run(out) {
    // JIXIAO_LOAD_DBS=postgres (or pglite) runs one half only.
    const dbs = process.env.JIXIAO_LOAD_DBS ?? 'pglite,postgres';
    if (dbs.includes('pglite')) await onPglite(out);
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!dbs.includes('postgres')) return;
    if (adminUrl) await onPostgres(out, adminUrl);
    else out('PostgreSQL: skipped (TEST_DATABASE_URL not set)');
  },
};
