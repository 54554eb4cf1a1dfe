import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { type BenchSection, since } from './section';

/**
 * The web app's first load: builds packages/web (production) and sums, compressed, the JS and CSS the
 * browser fetches for the sign-in page — the entry script, every chunk it imports statically or
 * preloads, and the stylesheets — i.e. everything before any lazy page. Also confirms that ECharts is not
 * among them (the chart library loads only with the overview page).
 */
const WEB = join(import.meta.dirname, '../../packages/web');
const DIST = join(WEB, 'dist');

/** Chunks a module pulls in before running: `import … from "./x.js"` and bare `import "./x.js"`. */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)"(\.\/[^"]+\.js)"/g))
    if (m[1]) out.push(m[1].slice(2));
  return out;
}

function firstLoadFiles(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  const queue = [...refs];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(readFileSync(join(DIST, 'assets', file), 'utf8')));
  }
  return [...seen].sort();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

export const bench: BenchSection = {
  name: 'web',
  title: 'Web app first load (sign-in page, compressed JS + CSS)',
  async run(out) {
    const start = performance.now();
    await build({ root: WEB, configFile: join(WEB, 'vite.config.ts'), logLevel: 'silent' });
    out(`vite build: ${(since(start) / 1000).toFixed(1)} s`);
    let raw = 0;
    let gz = 0;
    let br = 0;
    const files = firstLoadFiles();
    for (const f of files) {
      const bytes = readFileSync(join(DIST, 'assets', f));
      raw += bytes.length;
      const g = gzipSync(bytes, { level: 9 }).length;
      const b = brotliCompressSync(bytes).length;
      gz += g;
      br += b;
      out(
        `  ${f.padEnd(44)} ${kb(bytes.length).padStart(10)}  gzip ${kb(g).padStart(9)}  brotli ${kb(b).padStart(9)}`,
      );
    }
    out(`first load: ${files.length} files, ${kb(raw)} raw, ${kb(gz)} gzip, ${kb(br)} brotli`);
    const charts = files.filter((f) => /echarts|zrender/i.test(f));
    out(
      charts.length === 0
        ? 'chart library on the sign-in page: no'
        : `chart library on the sign-in page: YES (${charts.join(', ')})`,
    );
    if (charts.length > 0) throw new Error('the sign-in page loads the chart library');
  },
};
