import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes x.br and x.gz beside every text file of the build, compressed once at the highest levels, which
 * the server sends as they are (per request it compresses only at brotli's quality 4). Files under 1 KB
 * stay as they are: the server does not compress those either.
 */
function precompress(): Plugin {
  return {
    name: 'jixiao-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      const files = Object.keys(bundle).filter((f) => /\.(?:js|css|html|svg|json)$/.test(f));
      await Promise.all(
        files.map(async (file) => {
          const path = join(dir, file);
          const bytes = await readFile(path);
          if (bytes.length < 1024) return;
          const params = {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          };
          await writeFile(`${path}.br`, await brotli(bytes, { params }));
          await writeFile(`${path}.gz`, await gzipped(bytes, { level: 9 }));
        }),
      );
    },
  };
}

/**
 * Puts the stylesheets that index.html links (the app's few global rules; antd styles itself from
 * JavaScript) inside it as <style>: one request fewer on the first load, whose headers weigh more than
 * the rules. The CSP allows inline styles ('unsafe-inline' in style-src) for antd already.
 */
function inlineEntryCss(): Plugin {
  return {
    name: 'jixiao-inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return html.replace(
          /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
          (tag, file: string) => {
            const asset = ctx.bundle?.[file];
            return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : tag;
          },
        );
      },
    },
  };
}

/**
 * The app is built into packages/web/dist and served by `jixiao serve` (same origin as /api, so the
 * session cookie and CSRF token need no CORS). In dev, /api is proxied to a server on :8080.
 * React is its own long-cached chunk; antd is left to the bundler's own splitting so the sign-in page loads
 * only the components it uses; ECharts sits in the lazy overview chunk and the domain engine in the pages that score.
 * The sign-in page's first download (entry, React, the antd parts of the form) is what the `web` bench weighs.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react(), inlineEntryCss(), precompress()],
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: process.env.JIXIAO_API ?? 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    // Every browser the app supports (ES modules, dynamic import) has modulepreload itself.
    modulePreload: { polyfill: false },
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // antd's own @rc-component packages declare no `sideEffects`, so the bundler keeps every module of
      // a barrel it touches: importing Input brought all of rc-form and its validator (and ConfigProvider
      // all of rc-trigger) into the sign-in page. They are plain components with no import-time effects.
      treeshake: {
        moduleSideEffects: (id: string) =>
          /node_modules[\\/]@rc-component[\\/]/.test(id) ? false : undefined,
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 30 },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
});
