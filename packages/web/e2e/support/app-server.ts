import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { createServer } from '@jixiao/server';

/**
 * The server under test, started in-process on PGlite in a fresh temp folder (demo seeds loaded), and
 * in front of it a small static server for packages/web/dist that forwards /api to it — the same
 * origin, so the session cookie and CSRF token behave exactly as when `jixiao serve` serves the app.
 */
export const DIST = join(import.meta.dirname, '../../dist');
export const ADMIN_PASSWORD = 'E2e-Admin-Pass-2026!';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

export async function startApp(): Promise<RunningApp> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('packages/web/dist is missing: run `npm run build -w @jixiao/web` first');
  const dataDir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
  const created = await createServer({ dataDir, demo: true, adminPassword: ADMIN_PASSWORD, logger: false });
  const apiAddress = await created.app.listen({ port: 0, host: '127.0.0.1' });
  const api = new URL(apiAddress);

  const front: Server = createHttpServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      const upstream = httpRequest(
        { host: api.hostname, port: api.port, path: url, method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => {
        res.writeHead(502).end();
      });
      req.pipe(upstream);
      return;
    }
    const path = normalize(decodeURIComponent(url.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    let file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory())
      file = join(DIST, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await created.app.close();
      await created.database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
