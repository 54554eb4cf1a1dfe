import { Worker } from 'node:worker_threads';

/**
 * GET /api/health every `everyMs` (default 50) while something heavy runs: each answer's time, and the failures (a status
 * other than 200, or no answer within 5 s). It runs on a worker thread of its own, so the suite's own work
 * (building a 100 MB upload, stringifying a huge body) never delays a check and is never blamed on the server.
 */
export interface HealthLoop {
  stop(): Promise<{ latencies: number[]; failures: number; fiveXx: number }>;
}

const LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, everyMs } = workerData;
const latencies = [];
let failures = 0;
let fiveXx = 0;
let running = true;
parentPort.on('message', () => { running = false; });
(async () => {
  while (running) {
    const started = performance.now();
    try {
      const r = await fetch(url + '/api/health', { signal: AbortSignal.timeout(5000) });
      await r.arrayBuffer();
      if (r.status >= 500) fiveXx += 1;
      if (r.status !== 200) failures += 1;
    } catch {
      failures += 1;
    }
    const took = performance.now() - started;
    latencies.push(took);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, everyMs - took)));
  }
  parentPort.postMessage({ latencies, failures, fiveXx });
})();
`;

export function healthLoop(url: string, everyMs = 50): HealthLoop {
  const worker = new Worker(LOOP, { eval: true, workerData: { url, everyMs } });
  const result = new Promise<{ latencies: number[]; failures: number; fiveXx: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    async stop() {
      worker.postMessage('stop');
      const r = await result;
      await worker.terminate();
      return r;
    },
  };
}
