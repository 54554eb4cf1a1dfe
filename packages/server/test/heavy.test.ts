import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeavyPool } from '../src/heavy/pool';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, createEvaluation } from './world';

/**
 * A stand-in for LibreOffice: a real process that takes 0.8 s, writes a PDF for each .docx into --outdir,
 * and records when it started and ended, so the test can count how many ran at once.
 */
function fakeSoffice(dir: string): { path: string; log: string } {
  const log = join(dir, 'log');
  const path = join(dir, 'soffice');
  writeFileSync(join(dir, '.keep'), '');
  rmSync(log, { recursive: true, force: true });
  writeFileSync(
    path,
    `#!/bin/sh
mkdir -p '${log}'
date +%s%N > '${log}'/$$.start
out=""; prev=""
for a in "$@"; do
  if [ "$prev" = "--outdir" ]; then out="$a"; fi
  prev="$a"
done
sleep 0.8
for a in "$@"; do
  case "$a" in *.docx) printf '%%PDF-1.4 fake\\n' > "$out/$(basename "$a" .docx).pdf";; esac
done
date +%s%N > '${log}'/$$.end
`,
  );
  chmodSync(path, 0o755);
  return { path, log };
}

/** The most processes alive at one moment, from their start and end times. */
function mostAtOnce(log: string): { processes: number; atOnce: number } {
  const ids = readdirSync(log)
    .filter((f) => f.endsWith('.start'))
    .map((f) => f.slice(0, -'.start'.length));
  const events = ids.flatMap((id) => [
    { t: BigInt(readFileSync(join(log, `${id}.start`), 'utf8').trim()), d: 1 },
    { t: BigInt(readFileSync(join(log, `${id}.end`), 'utf8').trim()), d: -1 },
  ]);
  // Ends before starts at the same instant: a slot handed over is not two at once.
  events.sort((a, b) => (a.t === b.t ? a.d - b.d : a.t < b.t ? -1 : 1));
  let now = 0;
  let atOnce = 0;
  for (const e of events) {
    now += e.d;
    atOnce = Math.max(atOnce, now);
  }
  return { processes: ids.length, atOnce };
}

describe('the heavy pool', () => {
  it('runs at most its concurrency at once, in arrival order, and refuses beyond its queue', async () => {
    const pool = new HeavyPool({ concurrency: 2, maxQueue: 1 });
    const order: number[] = [];
    const gates: Array<() => void> = [];
    const work = (n: number) => () =>
      new Promise<number>((resolve) => {
        order.push(n);
        gates.push(() => resolve(n));
      });
    const a = pool.run(work(1), 'ticket-a1');
    const b = pool.run(work(2), 'ticket-b2');
    const c = pool.run(work(3), 'ticket-c3');
    await expect(pool.run(work(4))).rejects.toMatchObject({ code: 'BUSY' });
    await Promise.resolve();
    expect(order).toEqual([1, 2]);
    expect(pool.stats()).toMatchObject({ running: 2, queued: 1, refused: 1 });
    expect(pool.position('ticket-c3')).toEqual({ state: 'queued', ahead: 0 });
    expect(pool.position('ticket-a1')).toEqual({ state: 'running' });
    gates[0]?.();
    expect(await a).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual([1, 2, 3]);
    expect(pool.position('ticket-c3')).toEqual({ state: 'running' });
    expect(pool.position('ticket-a1')).toEqual({ state: 'unknown' });
    gates[1]?.();
    gates[2]?.();
    expect([await b, await c]).toEqual([2, 3]);
    expect(pool.stats()).toMatchObject({ running: 0, queued: 0, peakRunning: 2 });
  });

  it('frees the slot of work that fails', async () => {
    const pool = new HeavyPool({ concurrency: 1, maxQueue: 0 });
    await expect(pool.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await pool.run(async () => 'next')).toBe('next');
    expect(pool.stats().running).toBe(0);
  });
});

describe.each(BACKENDS)('PDF exports go through the heavy pool, on %s', (backend) => {
  let dir: string;
  let soffice: { path: string; log: string };
  let previous: string | undefined;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'jixiao-heavy-test-'));
    soffice = fakeSoffice(dir);
    previous = process.env.JIXIAO_SOFFICE;
    process.env.JIXIAO_SOFFICE = soffice.path;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.JIXIAO_SOFFICE;
    else process.env.JIXIAO_SOFFICE = previous;
    rmSync(dir, { recursive: true, force: true });
  });

  async function serverWith(maxQueue: number): Promise<{ server: TestServer; preparer: Client; id: string }> {
    rmSync(soffice.log, { recursive: true, force: true });
    const server = await startTestServer(backend, { server: { heavy: { concurrency: 2, maxQueue } } });
    const world = await buildWorld(server);
    const preparer = await clientAs(server, world, 'preparer');
    const { id } = await createEvaluation(preparer, world.orgs.u1, 1);
    return { server, preparer, id };
  }

  const exportPdf = (server: TestServer, client: Client, id: string, ticket: string) =>
    fetch(`${server.url}/api/evaluations/${id}/export?format=pdf`, {
      headers: { ...client.headers(), 'x-heavy-ticket': ticket },
    });

  it('8 concurrent exports: all succeed, never more than 2 soffice at once, the rest queued in order', async () => {
    const { server, preparer, id } = await serverWith(16);
    try {
      const tickets = Array.from({ length: 8 }, (_, n) => `export-ticket-${n}`);
      const replies = tickets.map((t) => exportPdf(server, preparer, id, t));
      // Once all eight have arrived: two run, six wait, and each waiting ticket knows how many are ahead.
      let status = { queued: 0 };
      for (let i = 0; i < 200 && status.queued < 6; i++) {
        status = (await preparer.get<{ queued: number }>('/api/heavy/status')).body;
        if (status.queued < 6) await new Promise((r) => setTimeout(r, 20));
      }
      expect(status.queued).toBe(6);
      const states = await Promise.all(
        tickets.map(
          async (t) =>
            (await preparer.get<{ state: string; ahead?: number }>(`/api/heavy/status?ticket=${t}`)).body,
        ),
      );
      expect(states.filter((s) => s.state === 'running')).toHaveLength(2);
      expect(
        states
          .filter((s) => s.state === 'queued')
          .map((s) => s.ahead)
          .sort(),
      ).toEqual([0, 1, 2, 3, 4, 5]);

      const done = await Promise.all(replies);
      expect(done.map((r) => r.status)).toEqual(Array(8).fill(200));
      const bodies = await Promise.all(done.map((r) => r.text()));
      expect(bodies.every((b) => b.startsWith('%PDF-1.4 fake'))).toBe(true);
      expect(mostAtOnce(soffice.log)).toEqual({ processes: 8, atOnce: 2 });
      const after = await preparer.get<{ running: number; queued: number }>('/api/heavy/status');
      expect(after.body).toMatchObject({ running: 0, queued: 0 });
    } finally {
      await server.close();
    }
  });

  it('beyond the queue bound: a clean 503 with Retry-After and 服务器正忙，请稍后重试', async () => {
    const { server, preparer, id } = await serverWith(2);
    try {
      const done = await Promise.all(
        Array.from({ length: 8 }, (_, n) => exportPdf(server, preparer, id, `bounded-ticket-${n}`)),
      );
      const statuses = done.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 200, 200, 503, 503, 503, 503]);
      const refused = done.filter((r) => r.status === 503);
      for (const r of refused) {
        expect(r.headers.get('retry-after')).toBe('5');
        const body = (await r.json()) as { error: { code: string; message: string } };
        expect(body.error).toMatchObject({ code: 'BUSY', message: '服务器正忙，请稍后重试' });
      }
      expect(mostAtOnce(soffice.log)).toEqual({ processes: 4, atOnce: 2 });
    } finally {
      await server.close();
    }
  });
});
