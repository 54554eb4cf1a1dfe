import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RolldownOutput } from 'rolldown';
import { build } from 'vite';
import { createServer } from '../../packages/server/src/index';
import { type BenchSection, since } from './section';
import { loadOverTheWire, type WireResponse } from './web-wire';

/**
 * The web app's first load as a browser sees it: builds packages/web (production), starts the server on
 * 127.0.0.1 over a temporary data folder, opens the sign-in page in Chromium and sums the bytes of every
 * response it loads as they crossed the wire (compressed), against what they decode to in the same run.
 * Also names any chunk of the first load that holds the chart library, the domain engine or zod, none of
 * which the sign-in page needs.
 */
const WEB = join(import.meta.dirname, '../../packages/web');
const DIST = join(WEB, 'dist');
/** Target from issue 10: the sign-in page in at most 150 KB on the wire. */
const TARGET_BYTES = 150 * 1024;

const HEAVY: readonly [string, RegExp][] = [
  ['ECharts', /node_modules[\\/](echarts|zrender)[\\/]/],
  ['the domain engine', /packages[\\/]domain[\\/]src[\\/]/],
  ['zod', /node_modules[\\/]zod[\\/]/],
];

/** For each JS chunk of the build, the modules it holds. */
async function buildWeb(): Promise<Map<string, readonly string[]>> {
  const result = await build({ root: WEB, configFile: join(WEB, 'vite.config.ts'), logLevel: 'silent' });
  const outputs: RolldownOutput[] = Array.isArray(result) ? result : 'output' in result ? [result] : [];
  const chunks = new Map<string, readonly string[]>();
  for (const o of outputs)
    for (const c of o.output) if (c.type === 'chunk') chunks.set(c.fileName, c.moduleIds);
  return chunks;
}

/** What each heavy library's chunk on the page is, if any. */
function heavyOnPage(responses: readonly WireResponse[], chunks: Map<string, readonly string[]>): string[] {
  const found: string[] = [];
  for (const r of responses) {
    const file = new URL(r.url).pathname.slice(1);
    const modules = chunks.get(file) ?? [];
    for (const [name, test] of HEAVY) if (modules.some((m) => test.test(m))) found.push(`${name} in ${file}`);
  }
  return found;
}

async function serve<T>(use: (url: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jixiao-bench-web-'));
  const created = await createServer({ dataDir, databaseUrl: '', webRoot: DIST, demo: false, logger: false });
  try {
    return await use(await created.app.listen({ host: '127.0.0.1', port: 0 }));
  } finally {
    await created.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

export const bench: BenchSection = {
  name: 'web',
  title: 'Web app first load (sign-in page in Chromium, bytes on the wire)',
  async run(out) {
    let start = performance.now();
    const chunks = await buildWeb();
    out(`vite build: ${(since(start) / 1000).toFixed(1)} s`);
    start = performance.now();
    const responses = await serve((url) => loadOverTheWire(`${url}/signin`, '#signin-username'));
    out(`server start + Chromium load: ${(since(start) / 1000).toFixed(1)} s`);
    for (const r of responses)
      out(
        `  ${new URL(r.url).pathname.padEnd(44)} ${(r.contentEncoding || '-').padEnd(4)} ${kb(r.encodedBytes).padStart(10)} on the wire  ${kb(r.decodedBytes).padStart(10)} decoded`,
      );
    const wire = responses.reduce((sum, r) => sum + r.encodedBytes, 0);
    const decoded = responses.reduce((sum, r) => sum + r.decodedBytes, 0);
    out(
      `web.signInBytes: ${wire} (${kb(wire)}, target ≤ ${kb(TARGET_BYTES)}: ${wire <= TARGET_BYTES ? 'met' : 'NOT met'})`,
    );
    out(`web.signInUncompressedBytes: ${decoded} (${kb(decoded)}, ${responses.length} responses)`);
    out(`web.signInWireRatio: ${(wire / decoded).toFixed(3)} (on the wire ÷ uncompressed)`);
    const heavy = heavyOnPage(responses, chunks);
    out(
      heavy.length === 0
        ? 'ECharts, domain engine, zod on the sign-in page: none'
        : `on the sign-in page: ${heavy.join('; ')}`,
    );
    if (heavy.length > 0) throw new Error(`the sign-in page loads ${heavy.join('; ')}`);
  },
};
