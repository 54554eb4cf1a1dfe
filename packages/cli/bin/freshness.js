// Whether a build is older than its sources, by modification times. Shared by the `jixiao` bin (which
// runs dist/ only when it is current) and scripts/ensure-web-build.mjs (which rebuilds when it is not).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The node workspaces scripts/build.mjs compiles, each from src/ to dist/. */
export const NODE_WORKSPACES = ['domain', 'formats', 'server', 'cli'];

/** Files the build leaves out (scripts/build.mjs): editing them does not make the build stale. */
export const isTestOnly = (name) => name.endsWith('.test.ts') || name === 'test-support.ts';

/** Newest modification time under dir, tests aside (a few hundred files: a few milliseconds). */
export function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (!isTestOnly(entry.name)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

/** True when every node workspace under `packages` has a finished build at least as new as its sources. */
export function compiledIsCurrent(packages) {
  return NODE_WORKSPACES.every((name) => {
    const stamp = join(packages, name, 'dist', '.built');
    return existsSync(stamp) && statSync(stamp).mtimeMs >= newest(join(packages, name, 'src'));
  });
}
