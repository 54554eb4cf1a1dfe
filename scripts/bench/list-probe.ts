// Measurement only (issue 15 / issue 10 item 5): the finance reviewer's list page and a save on a loaded
// PostgreSQL database, in process (app.inject, no network, no load generator sharing the CPU): the server's
// CPU ms per request (process.cpuUsage), the statements per request, and EXPLAIN (ANALYZE, BUFFERS) of the
// list statement. `TEST_DATABASE_URL=postgres://… npx tsx scripts/bench/list-probe.ts` (creates and drops its
// database). PROBE_REQUESTS sets the requests per figure.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { buildApp } from '../../packages/server/src/app';
import { connectDatabase } from '../../packages/server/src/db/connect';
import { migrateDatabase } from '../../packages/server/src/db/migrate';
import { load } from './load';

const REQUESTS = Number(process.env.PROBE_REQUESTS ?? 300);
const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
const name = `jixiao_probe_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
let statements = 0;
/** PROBE_LOG=1: the first words of every statement, to see what a request runs. */
let logging = false;
const realQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  const first = args[0];
  const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text;
  if (logging) console.log(`  sql: ${String(text).replace(/\s+/g, ' ').slice(0, 160)}`);
  return (realQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof realQuery;
try {
  const database = await connectDatabase({ databaseUrl: url.toString() });
  await migrateDatabase(database, url.toString());
  const loaded = await load(database);
  await database.executeSql('analyze');
  const app = await buildApp({ database, secureCookies: false, trustedProxies: [], runJobs: false });
  // The CPU of the database's backends (PostgreSQL runs each connection in a process of its own), ms.
  const backendsMs = async () => {
    const { rows } = await admin.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = $1',
      [name],
    );
    let ms = 0;
    for (const { pid } of rows) {
      try {
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        ms += (Number(f[11]) + Number(f[12])) * 10;
      } catch {}
    }
    return ms;
  };
  const cpu = async (what: string, _headers: Record<string, string>, send: () => Promise<unknown>) => {
    for (let i = 0; i < 30; i++) await send();
    const s0 = statements;
    const d0 = await backendsMs();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < REQUESTS; i++) await send();
    const c = process.cpuUsage(c0);
    const ms = performance.now() - t0;
    const db = (await backendsMs()) - d0;
    console.log(
      `${what}: server ${((c.user + c.system) / 1000 / REQUESTS).toFixed(2)} CPU ms/request, database ${(db / REQUESTS).toFixed(2)}, ${(ms / REQUESTS).toFixed(2)} ms wall, ${((statements - s0) / REQUESTS).toFixed(2)} statements/request`,
    );
  };
  const reviewer = { ...loaded.sessions.reviewer, 'accept-encoding': 'br, gzip' };
  const list = (path: string) => () => app.inject({ method: 'GET', url: path, headers: reviewer });
  const first = await list('/api/evaluations')();
  if (first.statusCode !== 200) throw new Error(`list: ${first.statusCode} ${first.body}`);
  await cpu('list (default page)', reviewer, list('/api/evaluations'));
  await cpu('list pageSize=50', reviewer, list('/api/evaluations?pageSize=50'));
  const plain = { ...loaded.sessions.reviewer };
  await cpu('list (default page, no compression asked)', plain, () =>
    app.inject({ method: 'GET', url: '/api/evaluations', headers: plain }),
  );
  await cpu('list page 3', reviewer, list('/api/evaluations?page=3'));
  const preparer = { ...loaded.sessions.preparer, 'content-type': 'application/json' };
  const id = loaded.ids[0];
  const read = await app.inject({ method: 'GET', url: `/api/evaluations/${id}`, headers: preparer });
  let body = JSON.parse(read.body) as { version: number; evaluation: unknown };
  await cpu('read one', preparer, () =>
    app.inject({ method: 'GET', url: `/api/evaluations/${id}`, headers: preparer }),
  );
  await cpu('save', preparer, async () => {
    const r = await app.inject({
      method: 'PUT',
      url: `/api/evaluations/${id}`,
      headers: preparer,
      payload: { version: body.version, evaluation: body.evaluation },
    });
    if (r.statusCode !== 200) throw new Error(`save: ${r.statusCode} ${r.body}`);
    body = { ...body, version: (JSON.parse(r.body) as { version: number }).version };
  });
  if (process.env.PROBE_LOG) {
    for (const [what, send] of [
      ['list', list('/api/evaluations')],
      ['read', () => app.inject({ method: 'GET', url: `/api/evaluations/${id}`, headers: preparer })],
      [
        'save',
        () =>
          app.inject({
            method: 'PUT',
            url: `/api/evaluations/${id}`,
            headers: preparer,
            payload: { version: body.version, evaluation: body.evaluation },
          }),
      ],
    ] as const) {
      console.log(what);
      logging = true;
      const r = await send();
      logging = false;
      if (what === 'save') body = { ...body, version: (JSON.parse(r.body) as { version: number }).version };
    }
  }
  let n = 0;
  await cpu('3 lists : 1 save', reviewer, async () => {
    n += 1;
    if (n % 4 !== 0) return list('/api/evaluations')();
    const r = await app.inject({
      method: 'PUT',
      url: `/api/evaluations/${id}`,
      headers: preparer,
      payload: { version: body.version, evaluation: body.evaluation },
    });
    body = { ...body, version: (JSON.parse(r.body) as { version: number }).version };
  });
  if (process.env.PROBE_EXPLAIN) {
    const logged: string[] = [];
    const q = realQuery;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const first = args[0];
      const text = typeof first === 'string' ? first : (first as { text?: string })?.text;
      if (text?.includes('with page as')) logged.push(JSON.stringify({ text, values: args[1] }));
      return (q as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof realQuery;
    await app.inject({ method: 'GET', url: '/api/evaluations', headers: reviewer });
    const st = JSON.parse(logged[0] ?? '{}') as { text: string; values: unknown[] };
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    const plan = await c.query(`explain (analyze, buffers) ${st.text}`, st.values);
    for (const r of plan.rows as { 'QUERY PLAN': string }[]) console.log(r['QUERY PLAN']);
    console.log(JSON.stringify(st));
    await c.end();
  }
  await app.close();
} finally {
  if (process.env.PROBE_KEEP) console.log(`kept database ${name}`);
  else await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
