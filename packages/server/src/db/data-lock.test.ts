import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { acquireDataLock } from './data-lock';

describe('the data folder lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-lock-'));
  afterEach(() => rmSync(join(dir, 'jixiao.lock'), { force: true }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a folder held by a live process, naming its pid', () => {
    const release = acquireDataLock(dir);
    expect(readFileSync(join(dir, 'jixiao.lock'), 'utf8')).toBe(String(process.pid));
    expect(() => acquireDataLock(dir)).toThrow(`pid ${process.pid}`);
    release();
    expect(existsSync(join(dir, 'jixiao.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that died', () => {
    // pid 2^22 + 1 is above Linux's pid_max default (2^22), so no live process has it.
    writeFileSync(join(dir, 'jixiao.lock'), String(2 ** 22 + 1));
    const release = acquireDataLock(dir);
    expect(readFileSync(join(dir, 'jixiao.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over a lock with its own pid that it does not hold (a restarted container reuses pids)', () => {
    writeFileSync(join(dir, 'jixiao.lock'), String(process.pid));
    const release = acquireDataLock(dir);
    expect(() => acquireDataLock(dir)).toThrow('正被另一个 jixiao 进程');
    release();
  });
});
