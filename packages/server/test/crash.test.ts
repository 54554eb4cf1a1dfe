import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../src/db/connect';
import { auditLog, budgets } from '../src/db/schema';
import { BACKENDS, Client, openTestDatabase, type TestDatabase } from './harness';
import { budgetWorkbook, form } from './import-workbooks';

const MAIN = join(dirname(fileURLToPath(import.meta.url)), '../src/main.ts');
const ADMIN_PASSWORD = 'Crash-test-2026';
const UNITS = 49;
const YEARS = 100; // 4900 budget rows in one import (a sheet holds at most 5000 rows)
// A first PGlite start runs initdb (several seconds on a busy machine), and each test starts two servers.
const SLOW = 300_000;

interface Running {
  child: ChildProcess;
  url: string;
  /** Resolves when a log line containing the text appears. */
  waitFor(text: string): Promise<void>;
  exited: Promise<number | null>;
}

/** Where the child server keeps its data: a PGlite folder, or a fresh PostgreSQL database. */
interface Store {
  env: Record<string, string>;
  args: string[];
  open(): ReturnType<typeof connectDatabase>;
}

/** The real server in a child process (as `jixiao serve` runs it), on a free port. */
async function spawnServer(store: Store): Promise<Running> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, '--port', '0', '--no-demo', ...store.args],
    {
      env: { ...process.env, JIXIAO_ADMIN_PASSWORD: ADMIN_PASSWORD, ...store.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of [...waiters]) {
      if (out.includes(w.text)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (out.includes(text)) return resolve();
      waiters.push({ text, resolve });
      exited.then((code) =>
        reject(new Error(`server exited (${code}) before "${text}":\n${out.slice(-2000)}`)),
      );
    });
  await waitFor('Server listening at');
  const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
  if (!url) throw new Error(`no address in output:\n${out}`);
  return { child, url, waitFor, exited };
}

/** An organisation with 49 units and a 财政局审核人 signed in, ready to import 4900 budget rows. */
async function prepare(server: Running) {
  const admin = new Client(server.url);
  expect((await admin.login('admin', ADMIN_PASSWORD)).status).toBe(200);
  // JIXIAO_ADMIN_PASSWORD is changed at first sign-in.
  const changed = { currentPassword: ADMIN_PASSWORD, newPassword: `${ADMIN_PASSWORD}-changed` };
  expect((await admin.post('/api/session/password', changed)).status).toBe(200);
  const bureau = await admin.post<{ id: string }>('/api/organisations', {
    kind: 'financeBureau',
    name: '崩溃测试财政局',
  });
  const dept = await admin.post<{ id: string }>('/api/organisations', {
    kind: 'department',
    name: '崩溃测试部门',
    parentId: bureau.body.id,
  });
  const units = Array.from({ length: UNITS }, (_, i) => ({ code: `C${i}`, name: `崩溃测试单位${i}` }));
  for (const u of units) {
    expect(
      (await admin.post('/api/organisations', { kind: 'unit', parentId: dept.body.id, ...u })).status,
    ).toBe(201);
  }
  const reviewer = await admin.post('/api/users', {
    username: 'crash-reviewer',
    displayName: '审核人',
    password: ADMIN_PASSWORD,
    roles: [{ role: 'financeReviewer', organisationId: bureau.body.id }],
  });
  expect(reviewer.status).toBe(201);
  const finance = new Client(server.url);
  expect((await finance.login('crash-reviewer', ADMIN_PASSWORD)).status).toBe(200);
  const upload = () =>
    finance.post(
      `/api/organisations/${bureau.body.id}/imports`,
      form([{ name: 'budgets.xlsx', bytes: Buffer.from(workbook) }]),
    );
  const workbook = await budgetWorkbook(units, YEARS);
  return { upload };
}

async function countImport(store: Store): Promise<{ rows: number; auditLines: number }> {
  const database = await store.open();
  try {
    const [b] = await database.db.select({ n: count() }).from(budgets);
    const [a] = await database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'bulkImport'));
    return { rows: b?.n ?? -1, auditLines: a?.n ?? -1 };
  } finally {
    await database.close();
  }
}

describe.each(BACKENDS)('the server process during a bulk import on %s', (backend) => {
  let tdb: TestDatabase | undefined;
  let dataDir = '';
  const children: ChildProcess[] = [];
  const stores: Store[] = [];

  /** A fresh store per test: a PGlite folder, or (PostgreSQL) a fresh database dropped afterwards. */
  async function freshStore(): Promise<Store> {
    if (backend === 'pglite') {
      const dir = join(dataDir, `s${stores.length}`);
      const store = {
        env: { DATABASE_URL: '' },
        args: ['--data', dir],
        open: () => connectDatabase({ dataDir: dir }),
      };
      stores.push(store);
      return store;
    }
    tdb = await openTestDatabase('postgres');
    const url = tdb.databaseUrl ?? '';
    const previous = tdb;
    const store = {
      env: { DATABASE_URL: url },
      args: [],
      open: () => connectDatabase({ databaseUrl: url }),
      drop: () => previous.drop(),
    };
    stores.push(store);
    return store;
  }

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'jixiao-crash-'));
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    for (const s of stores) await (s as Store & { drop?: () => Promise<void> }).drop?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'SIGKILL mid-import leaves either the whole import or none of it after restart',
    async () => {
      const store = await freshStore();
      const first = await spawnServer(store);
      children.push(first.child);
      const { upload } = await prepare(first);
      const request = upload()
        .then(
          (r) => `the import finished before the kill: ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`,
        )
        .catch(() => 'killed');
      // Kill the moment the import's transaction is open: mid-write, with nothing committed yet.
      const early = await Promise.race([
        first.waitFor('bulk import: transaction open').then(() => undefined),
        request,
      ]);
      if (early) throw new Error(early);
      first.child.kill('SIGKILL');
      await first.exited;
      await request;

      // Restart the real server on the same data: it must come up (crash recovery) and serve.
      const second = await spawnServer(store);
      children.push(second.child);
      expect((await new Client(second.url).get('/api/health')).status).toBe(200);
      second.child.kill('SIGKILL');
      await second.exited;

      const { rows, auditLines } = await countImport(store);
      expect([0, UNITS * YEARS]).toContain(rows);
      // The import's audit line is in the same transaction: present exactly when the rows are.
      expect(auditLines).toBe(rows === 0 ? 0 : 1);
      process.stdout.write(
        `crash test (${backend}): ${rows === 0 ? 'none' : 'all'} of the import survived the SIGKILL\n`,
      );
    },
    SLOW,
  );

  it(
    'SIGTERM mid-import finishes the request in flight, then exits 0 with the whole import written',
    async () => {
      const store = await freshStore();
      const server = await spawnServer(store);
      children.push(server.child);
      const { upload } = await prepare(server);
      const request = upload();
      await server.waitFor('bulk import: transaction open');
      server.child.kill('SIGTERM');
      const reply = await request;
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ budgets: UNITS * YEARS });
      expect(await server.exited).toBe(0);
      expect(await countImport(store)).toEqual({ rows: UNITS * YEARS, auditLines: 1 });
    },
    SLOW,
  );
});
