import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { connectDatabase } from '../../packages/server/src/db/connect';

/**
 * The server under test, as a child process started as people start it (`jixiao serve`, the compiled
 * build when it is current), so that SIGKILL, crashes and peak RSS are real.
 */

const JIXIAO = join(dirname(fileURLToPath(import.meta.url)), '../../packages/cli/bin/jixiao.js');
export const ADMIN_PASSWORD = 'Resilience-admin-2026';
const MB = 1024 * 1024;

export type Backend = 'pglite' | 'postgres';

/** Where a child server keeps its data: a PGlite folder, or a fresh PostgreSQL database of its own. */
export interface Store {
  backend: Backend;
  env: Record<string, string>;
  args: string[];
  /** Opens the data directly (only while no server runs on it, for PGlite). */
  open(): ReturnType<typeof connectDatabase>;
  /** Removes the folder / drops the database. */
  drop(): Promise<void>;
}

/**
 * A fresh store for one scenario: a copy of a template that a server created and migrated once per suite
 * run (a PGlite folder copied, or PostgreSQL's `create database … template …`), so each scenario starts
 * from the same just-installed state (an administrator, no organisations) without running initdb and every
 * migration again.
 */
export async function freshStore(backend: Backend): Promise<Store> {
  templates[backend] ??= makeTemplate(backend);
  const template = await templates[backend];
  return backend === 'pglite' ? pgliteStore(template) : postgresStore(template);
}

const templates: Partial<Record<Backend, Promise<string>>> = {};
const cleanups: (() => Promise<void>)[] = [];

/** Drops the templates (the suite's last step). */
export async function dropTemplates(): Promise<void> {
  for (const c of cleanups.splice(0)) await c();
}

async function makeTemplate(backend: Backend): Promise<string> {
  const store = backend === 'pglite' ? await pgliteStore() : await postgresStore();
  cleanups.push(() => store.drop());
  const server = await spawnServer(store);
  await server.kill('SIGTERM');
  if (server.exit?.code !== 0) throw new Error(`the template server did not stop cleanly:\n${server.tail()}`);
  return store.name;
}

async function pgliteStore(template?: string): Promise<Store & { name: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-resilience-'));
  const data = join(dir, 'data');
  if (template) cpSync(template, data, { recursive: true });
  return {
    backend: 'pglite',
    name: data,
    env: { DATABASE_URL: '' },
    args: ['--data', data],
    open: () => connectDatabase({ dataDir: data }),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresStore(template?: string): Promise<Store & { name: string }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `jixiao_resilience_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    backend: 'postgres',
    name,
    env: { DATABASE_URL: databaseUrl },
    args: [],
    open: () => connectDatabase({ databaseUrl }),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Reads one "VmRSS:   1234 kB" line of /proc/<pid>/status, in MB (undefined once the process is gone). */
export function procMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/** The process's CPU time so far (user + system), seconds, from /proc/<pid>/stat (0 once it is gone). */
export function cpuSeconds(pid: number): number {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

export interface Running {
  child: ChildProcess;
  pid: number;
  url: string;
  /** Resolves when a log line containing the text appears (after `from`, the log's length at some moment). */
  waitFor(text: string, from?: number): Promise<void>;
  /** Length of the log so far, to wait for a line that comes after now. */
  logLength(): number;
  /** Set once the process has exited, with its code or signal. */
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  exited: Promise<void>;
  /** The last few kB of its output, for a failure report. */
  tail(): string;
  /** Starts measuring memory: RSS at the start and the peak since (VmHWM reset, VmRSS sampled every 20 ms). */
  memory(): MemoryWindow;
  kill(signal: NodeJS.Signals): Promise<void>;
}

export interface MemoryWindow {
  baselineMb: number;
  /** Stops sampling; the peak RSS seen in the window and its rise above the start. */
  stop(): { peakMb: number; riseMb: number };
}

/** Every server started and not yet gone, so that a suite stopped halfway (time limit, ^C) leaves none behind. */
const live = new Set<ChildProcess>();

export function killAllServers(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

/** Keeps the log's first and last parts only: the fuzzer writes hundreds of thousands of log lines. */
const KEEP = 4 * MB;

export async function spawnServer(store: Store): Promise<Running> {
  const child = spawn(process.execPath, [JIXIAO, 'serve', '--port', '0', '--no-demo', ...store.args], {
    env: { ...process.env, JIXIAO_ADMIN_PASSWORD: ADMIN_PASSWORD, ...store.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('the server process did not start');
  const pid = child.pid;
  live.add(child);
  let out = '';
  let dropped = 0;
  const waiters: { text: string; from: number; resolve: () => void }[] = [];
  const running: Running = {
    child,
    pid,
    url: '',
    exited: new Promise<void>((resolve) =>
      child.once('exit', (code, signal) => {
        live.delete(child);
        running.exit = { code, signal };
        resolve();
      }),
    ),
    logLength: () => dropped + out.length,
    tail: () => out.slice(-3000),
    waitFor: (text, from = 0) =>
      new Promise<void>((resolve, reject) => {
        if (out.indexOf(text, Math.max(0, from - dropped)) >= 0) return resolve();
        waiters.push({ text, from, resolve });
        running.exited.then(() =>
          reject(new Error(`server exited (${describeExit(running)}) before "${text}":\n${running.tail()}`)),
        );
      }),
    memory: () => memoryWindow(pid),
    async kill(signal) {
      if (running.exit) return;
      child.kill(signal);
      await running.exited;
    },
  };
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of [...waiters]) {
      if (out.indexOf(w.text, Math.max(0, w.from - dropped)) >= 0) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
    if (out.length > KEEP) {
      const cut = out.length - KEEP / 2;
      dropped += cut;
      out = out.slice(cut);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  // The banner's database line comes once the server is fully started, its signal handlers included.
  await running.waitFor('Server listening at');
  await running.waitFor('数据库：');
  const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
  if (!url) throw new Error(`no address in the server's output:\n${out.slice(0, 3000)}`);
  running.url = url;
  return running;
}

export function describeExit(r: Running): string {
  return r.exit ? (r.exit.signal ?? `exit ${r.exit.code}`) : 'running';
}

function memoryWindow(pid: number): MemoryWindow {
  const baselineMb = procMb(pid, 'VmRSS') ?? 0;
  // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0), so the peak is this window's.
  let hwmReset = false;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    hwmReset = true;
  } catch {
    hwmReset = false;
  }
  let sampled = baselineMb;
  const timer = setInterval(() => {
    sampled = Math.max(sampled, procMb(pid, 'VmRSS') ?? 0);
  }, 20);
  return {
    baselineMb,
    stop() {
      clearInterval(timer);
      const hwm = hwmReset ? (procMb(pid, 'VmHWM') ?? 0) : 0;
      const peakMb = Math.max(sampled, hwm);
      return { peakMb, riseMb: peakMb - baselineMb };
    },
  };
}
