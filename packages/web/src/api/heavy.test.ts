import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEAVY_TICKET_HEADER, type QueueState, withQueueStatus } from './heavy';

describe('the queued status of a heavy request', () => {
  const realFetch = globalThis.fetch;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    globalThis.fetch = realFetch;
  });

  it('asks about its own ticket while pending and reports queued (with how many ahead), running, then nothing', async () => {
    const answers = [{ state: 'queued', ahead: 2 }, { state: 'queued', ahead: 0 }, { state: 'running' }];
    const asked: string[] = [];
    globalThis.fetch = vi.fn(async (input: string | URL | Request) => {
      const url = String(input);
      asked.push(new URL(url, 'http://x').searchParams.get('ticket') ?? '');
      const body = answers.shift() ?? { state: 'unknown' };
      return new Response(JSON.stringify({ ...body, running: 2, queued: 1, concurrency: 2 }), {
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;

    const states: (QueueState | undefined)[] = [];
    let ticket = '';
    let finish: (v: string) => void = () => {};
    const done = withQueueStatus(
      (headers) => {
        ticket = headers[HEAVY_TICKET_HEADER] ?? '';
        return new Promise<string>((resolve) => {
          finish = resolve;
        });
      },
      (s) => states.push(s),
    );
    await vi.advanceTimersByTimeAsync(3000);
    finish('pdf');
    expect(await done).toBe('pdf');
    await vi.advanceTimersByTimeAsync(3000);

    expect(ticket).toMatch(/^[0-9a-f-]{36}$/);
    expect(asked).toEqual([ticket, ticket, ticket]);
    expect(states).toEqual([
      { state: 'queued', ahead: 2 },
      { state: 'queued', ahead: 0 },
      { state: 'running' },
      undefined,
    ]);
  });
});
