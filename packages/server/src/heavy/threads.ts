import { Worker, type WorkerOptions } from 'node:worker_threads';
import { JixiaoError } from '@jixiao/domain';
import { serverMessage as m } from '../messages';
import type { TaskInput, TaskName, TaskOutput } from './tasks';
import { fromWire, type WireError } from './wire';

/**
 * The heavy pool's worker threads (node:worker_threads), started when first needed and kept: at most
 * `size` of them, each running one task at a time. A task that takes longer than its time limit, or whose
 * thread dies (out of its heap limit on a pathological file), is refused with a clear message, and its
 * thread is replaced; the server process itself never holds the parse.
 */
export interface ThreadOptions {
  size: number;
  /** A task still running after this is stopped (its thread terminated). */
  taskSeconds: number;
  /** Each thread's heap limit (V8 old space), MB. */
  heapMb: number;
}

type Reply = { ok: true; value: unknown } | { ok: false; error: WireError };

/**
 * A new thread on the worker's entry beside this file: the compiled .js in dist/, or the TypeScript source
 * (tests, a developer's checkout). A thread does not inherit the main thread's tsx hooks, and Node 20
 * resolves a worker's entry before any --import runs, so from source a two-line bootstrap registers tsx
 * first and then imports the entry.
 */
function startWorker(options: WorkerOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

export class WorkerThreads {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly waiting: ((worker: Worker) => void)[] = [];
  private closed = false;

  constructor(private readonly options: ThreadOptions) {}

  /** Runs the task on a free thread (waiting for one when all are busy). */
  async call<K extends TaskName>(task: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
    const worker = await this.take();
    let reusable = false;
    try {
      const reply = await this.send(worker, { task, input });
      reusable = true;
      if (!reply.ok) throw fromWire(reply.error);
      // The worker ran TASKS[K] on this very input (tasks.ts, runTask): its value is that task's output.
      return reply.value as TaskOutput<K>;
    } finally {
      if (reusable) this.give(worker);
      else this.drop(worker);
    }
  }

  /** Terminates every thread (the server's close). */
  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private take(): Promise<Worker> {
    const free = this.idle.pop();
    if (free) return Promise.resolve(free);
    if (this.all.size < this.options.size) return Promise.resolve(this.spawn());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private give(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else {
      worker.unref();
      this.idle.push(worker);
    }
  }

  /** A thread that timed out or died is gone; whoever waits gets a new one. */
  private drop(worker: Worker): void {
    this.all.delete(worker);
    void worker.terminate();
    const next = this.waiting.shift();
    if (next && !this.closed) next(this.spawn());
  }

  private spawn(): Worker {
    const worker = startWorker({ resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb } });
    worker.unref();
    this.all.add(worker);
    // A thread that fails or ends between tasks leaves the pool quietly (an 'error' nobody listens to
    // would be thrown on the main thread); during a task, send() reports it to the caller as well.
    const forget = () => {
      this.all.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
    };
    worker.on('error', forget);
    worker.on('exit', forget);
    return worker;
  }

  /** Posts one task (what heavy/worker.ts receives as a TaskMessage) and waits for its reply. */
  private send(worker: Worker, message: { task: TaskName; input: TaskInput<TaskName> }): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
      };
      const onMessage = (reply: Reply) => {
        done();
        resolve(reply);
      };
      const onError = (error: Error & { code?: string }) => {
        done();
        // Out of its heap: the file's fault, said plainly. Anything else (the thread could not load) is ours.
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
          reject(new JixiaoError('UNREADABLE_FILE', m('heavy.tooComplex'), [], { cause: error }));
        else reject(error);
      };
      const onExit = () => {
        done();
        reject(new JixiaoError('UNREADABLE_FILE', m('heavy.tooComplex')));
      };
      const timer = setTimeout(() => {
        done();
        reject(
          new JixiaoError('UNREADABLE_FILE', m('heavy.timedOut', { seconds: this.options.taskSeconds })),
        );
      }, this.options.taskSeconds * 1000);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      // While a task runs, the thread keeps the process alive; idle, it does not.
      worker.ref();
      worker.postMessage(message);
    });
  }
}
