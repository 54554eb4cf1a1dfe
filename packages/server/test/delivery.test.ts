import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/index';
import { ADMIN_PASSWORD, Client, openTestDatabase, type TestDatabase } from './harness';

interface RawReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One GET over real HTTP with exactly these headers (fetch would add its own Accept-Encoding and decode). */
function get(url: string, headers: Record<string, string> = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Large enough to pass the 1 KB threshold under which compressing is not worth it. */
const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, name: "项目${i}" }`).join(',')}];\n`;
const PAGE = `<!doctype html><html><head><title>jixiao</title></head><body>${'<p>预算绩效自评</p>'.repeat(100)}</body></html>`;
const HASHED = '/assets/index-BqRdSRSR.js';
const PRECOMPRESSED = '/assets/overview-C2JM-_ld.js';

/** A built web app as Vite writes it: index.html, hashed files in assets/, and a .br beside one of them. */
function webRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'jixiao-delivery-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, HASHED), SCRIPT);
  writeFileSync(join(root, PRECOMPRESSED), SCRIPT);
  writeFileSync(join(root, `${PRECOMPRESSED}.br`), brotliCompressSync(SCRIPT));
  return root;
}

describe('web delivery over HTTP', () => {
  const root = webRoot();
  let tdb: TestDatabase;
  let base = '';
  let close = async () => {};
  beforeAll(async () => {
    tdb = await openTestDatabase('pglite');
    const created = await createServer({
      webRoot: root,
      pglite: tdb.pglite,
      demo: false,
      adminPassword: ADMIN_PASSWORD,
      logger: false,
    });
    base = await created.app.listen({ host: '127.0.0.1', port: 0 });
    close = () => created.app.close();
  });
  afterAll(async () => {
    await close();
    rmSync(root, { recursive: true, force: true });
  });

  it('compresses API JSON with brotli or gzip as asked, and never lets a cache keep it', async () => {
    const br = await get(`${base}/api/openapi.json`, { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toHaveProperty('openapi', '3.0.3');

    const gz = await get(`${base}/api/openapi.json`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString())).toHaveProperty('openapi', '3.0.3');

    const plain = await get(`${base}/api/openapi.json`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString())).toHaveProperty('openapi', '3.0.3');
  });

  it('serves hashed assets compressed and cacheable for a year', async () => {
    const r = await get(base + HASHED, { 'accept-encoding': 'br, gzip' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.headers['content-type']).toMatch(/javascript/);
    expect(r.headers.etag).toBeUndefined();
    expect(brotliDecompressSync(r.body).toString()).toBe(SCRIPT);
  });

  it('serves the .br written at build time when there is one', async () => {
    const r = await get(base + PRECOMPRESSED, { 'accept-encoding': 'br, gzip' });
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.body.equals(brotliCompressSync(SCRIPT))).toBe(true);
  });

  it.each(['/', '/index.html', '/evaluations/42'])(
    'revalidates the page at %s (index.html and the SPA fallback)',
    async (path) => {
      const r = await get(base + path, { 'accept-encoding': 'gzip' });
      expect(r.status).toBe(200);
      expect(r.headers['cache-control']).toBe('no-cache');
      // Revalidated, so it keeps its validator: an unchanged page costs a 304.
      expect(r.headers.etag).toMatch(/^W\/"/);
      expect(r.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(r.body).toString()).toBe(PAGE);
    },
  );

  it('keeps the security headers on compressed answers', async () => {
    const r = await get(`${base}/`, { 'accept-encoding': 'br' });
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends downloads that are already zip inside (.xlsx) as they are', async () => {
    const admin = new Client(base);
    expect((await admin.login('admin', ADMIN_PASSWORD)).status).toBe(200);
    const r = await get(`${base}/api/reports/overview.xlsx`, {
      ...admin.headers(),
      'accept-encoding': 'br, gzip',
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    // A zip file starts with "PK".
    expect(r.body.subarray(0, 2).toString()).toBe('PK');
  });
});
