import { parentPort } from 'node:worker_threads';
import { runTask, type TaskMessage } from './tasks';
import { toWire } from './wire';

/**
 * A worker thread of the heavy pool (heavy/threads.ts): runs one task at a time and posts back its result,
 * or its error as plain data (a JixiaoError keeps its code, message and issues).
 */
parentPort?.on('message', async (message: TaskMessage) => {
  try {
    parentPort?.postMessage({ ok: true, value: await runTask(message) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: toWire(error) });
  }
});
