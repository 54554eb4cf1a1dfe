import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { main } from './main';

/** Test helpers: run the real `jixiao` bin as a user would, or `main` in-process for bulk runs. */

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const BIN = resolve(REPO_ROOT, 'packages/cli/bin/jixiao.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns `node packages/cli/bin/jixiao.js …` from the repo root. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const child = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, JIXIAO_DEBUG: '', JIXIAO_LANG: '', ...env },
    timeout: 60_000,
  });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

/** Runs `main` in-process with captured output (fast; for property tests). */
export async function runInProcess(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: REPO_ROOT,
    env: {},
  });
  return { code, stdout, stderr };
}

/** A line of a V8 stack trace ("    at foo (file.ts:1:2)"). */
export const STACK_LINE = /^\s+at\s/m;
