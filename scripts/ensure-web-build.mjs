// Builds what `npm start` runs when it has never been built or its sources are newer than the build:
// the web app (vite) and the node packages (scripts/build.mjs), so a fresh clone starts without a build step.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compiledIsCurrent, newest } from '../packages/cli/bin/freshness.js';

const web = join(import.meta.dirname, '..', 'packages', 'web');
const built = join(web, 'dist', 'index.html');

const sources = Math.max(newest(join(web, 'src')), statSync(join(web, 'index.html')).mtimeMs);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('正在构建网页端（packages/web）…');
  execFileSync('npm', ['run', 'build', '-w', '@jixiao/web'], { stdio: 'inherit' });
}

// The node packages compile in well under a second: rebuilt whenever a source is newer than the build.
if (!compiledIsCurrent(join(import.meta.dirname, '..', 'packages')))
  execFileSync(process.execPath, [join(import.meta.dirname, 'build.mjs')], { stdio: 'inherit' });

// A new data folder starts from the migrated empty database the build makes (packages/server/src/db/
// snapshot.ts); made here too when it is missing (a wiped cache, or new migrations without a rebuild).
const { snapshotPath } = await import('../packages/server/dist/db/snapshot.js');
if (!existsSync(snapshotPath())) {
  console.log('正在准备空数据库快照…');
  const { buildEmptySnapshot } = await import('../packages/server/dist/db/build-snapshot.js');
  // Not fatal: the server then makes the new folder with initdb and the migrations, as before.
  await buildEmptySnapshot().catch((error) => console.warn(`warning: ${error?.message ?? error}`));
}
