import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { connectDatabase } from '../src/db/connect';
import { MIGRATIONS_FOLDER, migrateDatabase } from '../src/db/migrate';
import { type CreatedServer, createServer, type ServerOptions } from '../src/index';

/**
 * The integration suite runs on every backend: PGlite always, PostgreSQL when TEST_DATABASE_URL is set
 * (each test file in a fresh database jixiao_test_<random>, dropped afterwards).
 */
export type Backend = 'pglite' | 'postgres';
export const BACKENDS: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export const ADMIN_PASSWORD = 'Admin-test-2026';

/** A migrated PGlite data dir, made once per migration set and shared by test files as a tarball (0.6 s to load vs 3+ s to create). */
async function pgliteTemplate(): Promise<Blob> {
  const hash = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (f.endsWith('.sql')) hash.update(readFileSync(join(MIGRATIONS_FOLDER, f)));
  }
  const file = join(tmpdir(), `jixiao-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
  if (!existsSync(file)) {
    const template = await PGlite.create();
    const database = await connectDatabase({ pglite: template });
    await migrateDatabase(database);
    const dump = await template.dumpDataDir('none');
    await database.close();
    // Write then rename: test files starting together never read half a file.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

export interface TestDatabase {
  backend: Backend;
  pglite?: PGlite;
  databaseUrl?: string;
  /** Drops the PostgreSQL database (PGlite closes with the server). */
  drop(): Promise<void>;
}

export async function openTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const pglite = await PGlite.create({ loadDataDir: await pgliteTemplate() });
    return { backend, pglite, drop: async () => {} };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `jixiao_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    backend,
    databaseUrl: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A stand-in for the built web app, so tests do not depend on whether packages/web was built. */
export const TEST_WEB_PAGE =
  '<!doctype html><html><head><title>jixiao test</title></head><body></body></html>';
/** One fixed folder shared by every test file (same content each time, so nothing to clean up or leak). */
function testWebRoot(): string {
  const root = join(tmpdir(), 'jixiao-test-web');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'index.html'), TEST_WEB_PAGE);
  return root;
}

export interface TestServer extends CreatedServer {
  url: string;
  backend: Backend;
  close(): Promise<void>;
}

/** A real server listening on 127.0.0.1 on a free port, over a fresh database; close() also drops it. */
export async function startTestServer(
  backend: Backend,
  options: { demo?: boolean; trustedProxies?: string[]; server?: Partial<ServerOptions> } = {},
): Promise<TestServer> {
  const tdb = await openTestDatabase(backend);
  const created = await createServer({
    webRoot: testWebRoot(),
    pglite: tdb.pglite,
    databaseUrl: tdb.databaseUrl,
    demo: options.demo ?? false,
    adminPassword: ADMIN_PASSWORD,
    logger: false,
    trustedProxies: options.trustedProxies ?? [],
    ...options.server,
  });
  const url = await created.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    ...created,
    url,
    backend,
    async close() {
      await created.app.close();
      await tdb.drop();
    },
  };
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client over real HTTP: keeps cookies and echoes the CSRF token as the web app does. */
export class Client {
  private cookies = new Map<string, string>();
  /** Accept-Language sent with every request, as the web app does for its UI language. */
  language?: string;
  /** X-Forwarded-For sent with every request, as a proxy in front would. */
  forwardedFor?: string;
  constructor(private readonly base: string) {}

  get csrfToken(): string | undefined {
    return this.cookies.get('jixiao_csrf');
  }

  setSessionCookies(token: string, csrfToken: string): this {
    this.cookies.set('jixiao_session', token);
    this.cookies.set('jixiao_csrf', csrfToken);
    return this;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    init: { csrf?: boolean } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = {};
    if (this.language) headers['accept-language'] = this.language;
    if (this.forwardedFor) headers['x-forwarded-for'] = this.forwardedFor;
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.csrfToken;
    if (csrf && init.csrf !== false) headers['x-csrf-token'] = csrf;
    let payload: FormData | string | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(this.base + path, { method, headers, body: payload });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  /** The session cookie header, for a raw fetch of a binary download. */
  headers(): Record<string, string> {
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }
  put<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async login(username: string, password: string): Promise<Reply> {
    return this.post('/api/session', { username, password });
  }
}

export async function adminClient(server: TestServer): Promise<Client> {
  const client = new Client(server.url);
  const r = await client.login('admin', ADMIN_PASSWORD);
  if (r.status !== 200) throw new Error(`admin login failed: ${r.status} ${JSON.stringify(r.body)}`);
  return client;
}
