// `npm run build` (also run by `npm install`'s prepare step and before `npm start`): compiles each node
// workspace from packages/X/src to packages/X/dist, one .js file per source file, so that `jixiao` starts
// without compiling TypeScript at every run. Tests, the web build and scripts keep using the sources.
// rolldown (already installed as vite's bundler) strips the types; tsc stays the type checker.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { rolldown } from 'rolldown';
import { isTestOnly, NODE_WORKSPACES } from '../packages/cli/bin/freshness.js';

const ROOT = join(import.meta.dirname, '..');
/** Written last, so a build that stopped half-way is never taken as finished (see bin/freshness.js). */
const STAMP = '.built';

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !isTestOnly(entry.name) ? [path] : [];
  });
}

/**
 * `@jixiao/X` becomes a relative import of packages/X/dist/index.js from where the file lands, and a
 * subpath `@jixiao/X/entry` the file its package.json exports it as (src/….ts → dist/….js).
 */
function workspaceImports(pkg) {
  const src = join(ROOT, 'packages', pkg, 'src');
  const dist = join(ROOT, 'packages', pkg, 'dist');
  return {
    name: 'jixiao-workspace-imports',
    resolveId(id, importer) {
      const match = /^@jixiao\/([a-z]+)(\/[a-z-]+)?$/.exec(id);
      if (!match || !importer) return null;
      const from = dirname(join(dist, relative(src, importer)));
      const target = join(ROOT, 'packages', match[1], 'dist', distEntry(match[1], `.${match[2] ?? ''}`));
      const path = relative(from, target).split(sep).join('/');
      return { id: path.startsWith('.') ? path : `./${path}`, external: true };
    },
  };
}

/** The dist file of one of a workspace's exports, e.g. './audit' → 'audit/index.js'. */
function distEntry(pkg, subpath) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'packages', pkg, 'package.json'), 'utf8'));
  const source = manifest.exports?.[subpath];
  if (typeof source !== 'string') throw new Error(`@jixiao/${pkg} does not export ${subpath}`);
  return source.replace(/^\.\/src\//, '').replace(/\.ts$/, '.js');
}

async function buildPackage(pkg) {
  const src = join(ROOT, 'packages', pkg, 'src');
  const dist = join(ROOT, 'packages', pkg, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const bundle = await rolldown({
    input: sources(src),
    platform: 'node',
    plugins: [workspaceImports(pkg)],
    // Every other bare import (npm packages, node:*) is loaded by node at run time, as before.
    external: (id) => !/^[./\0]|^@jixiao\//.test(id),
    logLevel: 'warn',
  });
  await bundle.write({
    dir: dist,
    format: 'esm',
    preserveModules: true,
    preserveModulesRoot: src,
    entryFileNames: '[name].js',
    sourcemap: true,
  });
  await bundle.close();
  writeFileSync(join(dist, STAMP), `${new Date().toISOString()}\n`);
}

const start = performance.now();
for (const pkg of NODE_WORKSPACES) await buildPackage(pkg);
console.log(`built ${NODE_WORKSPACES.join(', ')} in ${Math.round(performance.now() - start)} ms`);

// The migrated empty database a new data folder starts from (packages/server/src/db/snapshot.ts): made
// once per set of migrations, kept in node_modules/.cache/jixiao, so the first `npm start` skips initdb.
const { buildEmptySnapshot } = await import('../packages/server/dist/db/build-snapshot.js');
const snapshotStart = performance.now();
try {
  const snapshot = await buildEmptySnapshot();
  if (snapshot.built)
    console.log(`built the empty database snapshot in ${Math.round(performance.now() - snapshotStart)} ms`);
} catch (error) {
  // Not fatal: without it a new data folder runs initdb and the migrations at its first start, as before.
  console.warn(`warning: no empty database snapshot (${error instanceof Error ? error.message : error})`);
}
