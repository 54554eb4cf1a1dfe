import { describe, expect, it } from 'vitest';
import { stoppingOnFailure } from './app';
import type { JobQueue } from './jobs/queue';

function fakeQueue(): JobQueue & { stops: number } {
  const queue = {
    stops: 0,
    enqueueBulkImport: () => Promise.reject(new Error('not used')),
    stop: async () => {
      queue.stops += 1;
    },
  };
  return queue;
}

describe('building the app once the job queue has started', () => {
  it('stops the queue and passes the error on when the build throws', async () => {
    const queue = fakeQueue();
    const failing = stoppingOnFailure(queue, () => Promise.reject(new Error('plugin failed')));
    await expect(failing).rejects.toThrow('plugin failed');
    expect(queue.stops).toBe(1);
  });

  it('leaves the queue running when the build succeeds', async () => {
    const queue = fakeQueue();
    await expect(stoppingOnFailure(queue, async () => 'app')).resolves.toBe('app');
    expect(queue.stops).toBe(0);
  });
});
