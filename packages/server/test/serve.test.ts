import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from './harness';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
];
const BIN = join(dirname(fileURLToPath(import.meta.url)), '../../cli/bin/jixiao.js');

/**
 * The README's main command (`npm start` = `jixiao serve`) on a fresh data folder: the real CLI in a child
 * process, as a new user runs it (port 0 here instead of 8080 so tests never collide).
 */
describe('jixiao serve on a fresh data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jixiao-serve-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with the demo units, prints a one-time admin password, and stops cleanly on SIGTERM', async () => {
    const env = { ...process.env, DATABASE_URL: '', JIXIAO_ADMIN_PASSWORD: '' };
    child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataDir], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr?.on('data', (c: Buffer) => {
      out += c.toString();
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (/密码：\s+\S+/.test(out)) {
          clearInterval(timer);
          resolve();
        }
      }, 100);
      child?.once('exit', (code) => {
        clearInterval(timer);
        reject(new Error(`serve exited (${code}):\n${out}`));
      });
    });
    const url = /jixiao 已启动：(http:\/\/localhost:\d+)/.exec(out)?.[1]?.replace('localhost', '127.0.0.1');
    const password = /密码：\s+(\S+)/.exec(out)?.[1];
    expect(url).toBeDefined();
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(out).toContain('已载入 5 份演示自评');

    const admin = new Client(url ?? '');
    const login = await admin.login('admin', password ?? '');
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ user: { mustChangePassword: true } });
    // The one-time password opens nothing but the session routes until it is changed.
    expect((await admin.get('/api/evaluations')).status).toBe(403);
    const changed = await admin.post('/api/session/password', {
      currentPassword: password,
      newPassword: 'New-admin-pass-2026',
    });
    expect(changed.status).toBe(200);
    const list = await admin.get<{ total: number; items: { demo: boolean; unitName: string }[] }>(
      '/api/evaluations',
    );
    expect(list.body.total).toBe(5);
    expect(list.body.items.every((i) => i.demo)).toBe(true);
    expect(list.body.items.map((i) => i.unitName)).toContain('西城区科协');
    const units = await admin.get<{ items: unknown[] }>('/api/organisations?kind=unit');
    expect(units.body.items).toHaveLength(5);
    const docs = await fetch(`${url}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
    // In a real browser (under the server's CSP) the docs page lists every area (tag) of the OpenAPI document,
    // each a heading that opens its operations. (Tags start closed: Swagger UI stops rendering altogether once
    // more than about 130 operations are open at once, and the document has more.)
    const spec = (await (await fetch(`${url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    const tags = new Set(
      Object.values(spec.paths).flatMap((ops) => Object.values(ops).flatMap((o) => o.tags ?? [])),
    );
    const { stdout: dom } = await promisify(execFile)(
      '/usr/bin/chromium',
      [...CHROMIUM_ARGS, '--virtual-time-budget=10000', '--dump-dom', `${url}/api/docs/`],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const shown = new Set(
      [...dom.matchAll(/<h3 class="opblock-tag[^"]*"[^>]*data-tag="([^"]+)"/g)].map((x) => x[1]),
    );
    expect(tags.size).toBeGreaterThan(10);
    expect([...shown].sort()).toEqual([...tags].sort());

    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    // `jixiao demo remove` (server stopped) takes the demo data out in one go.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [BIN, 'demo', 'remove', '--data', dataDir],
      { env },
    );
    expect(stdout).toContain('5 份自评');
  }, 300_000);
});
