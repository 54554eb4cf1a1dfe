import { JixiaoError } from '@jixiao/domain';
import { serverMessage as m } from '../messages';
import type { TaskInput, TaskName, TaskOutput } from './tasks';
import { WorkerThreads } from './threads';

/**
 * The one pool of heavy work (PDF conversion, every parse of an uploaded workbook, document or archive): at
 * most `concurrency` pieces run at once, up to `maxQueue` more wait in arrival order, and any beyond are refused at once with BUSY (503,
 * Retry-After) rather than piling up LibreOffice processes or inflated documents in memory.
 * A request may carry a ticket (header x-heavy-ticket) so the web app can ask where it stands
 * (GET /api/heavy/status): queued with N ahead, or running. Parsing runs on the pool's worker threads
 * (`task`, heavy/threads.ts), one per slot, so the event loop keeps answering while a file is read.
 */
export interface HeavyPoolOptions {
  /** Pieces of work running at once (JIXIAO_HEAVY_CONCURRENCY, default 2). */
  concurrency: number;
  /** Pieces waiting at most; one more is refused with 503 (JIXIAO_HEAVY_QUEUE, default 16). */
  maxQueue: number;
  /** A parse still running after this many seconds is stopped (JIXIAO_HEAVY_TASK_SECONDS, default 300). */
  taskSeconds?: number;
  /** Each worker thread's heap limit, MB (JIXIAO_HEAVY_WORKER_MB, default 1024). */
  workerHeapMb?: number;
}

export const DEFAULT_HEAVY: HeavyPoolOptions = { concurrency: 2, maxQueue: 16 };
const DEFAULT_TASK_SECONDS = 300;
const DEFAULT_WORKER_HEAP_MB = 1024;
/** Seconds a refused client is asked to wait before trying again. */
export const HEAVY_RETRY_AFTER_SECONDS = 5;

export interface HeavyStats {
  concurrency: number;
  maxQueue: number;
  running: number;
  queued: number;
  /** Most pieces ever running at once (for tests and the resilience figures). */
  peakRunning: number;
  /** Pieces refused because the queue was full. */
  refused: number;
}

export type TicketState = { state: 'queued'; ahead: number } | { state: 'running' } | { state: 'unknown' };

interface Waiter {
  ticket: string | undefined;
  start: () => void;
}

export class HeavyPool {
  private running = 0;
  private peakRunning = 0;
  private refused = 0;
  private readonly queue: Waiter[] = [];
  private readonly runningTickets = new Map<string, number>();

  private readonly threads: WorkerThreads;

  constructor(readonly options: HeavyPoolOptions = DEFAULT_HEAVY) {
    this.threads = new WorkerThreads({
      size: options.concurrency,
      taskSeconds: options.taskSeconds ?? DEFAULT_TASK_SECONDS,
      heapMb: options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB,
    });
  }

  /** Runs a parse (heavy/tasks.ts) on a worker thread, in a slot of the pool like any heavy work. */
  task<K extends TaskName>(task: K, input: TaskInput<K>, ticket?: string): Promise<TaskOutput<K>> {
    return this.run(() => this.threads.call(task, input), ticket);
  }

  /** Stops the worker threads (the server's close). */
  close(): Promise<void> {
    return this.threads.close();
  }

  /** Runs `work` when a slot is free; refuses with BUSY when the queue is full. */
  async run<T>(work: () => Promise<T>, ticket?: string): Promise<T> {
    if (this.running >= this.options.concurrency) {
      if (this.queue.length >= this.options.maxQueue) {
        this.refused += 1;
        throw new JixiaoError('BUSY', m('heavy.busy'));
      }
      await new Promise<void>((start) => this.queue.push({ ticket, start }));
    } else this.running += 1;
    // A slot is ours: either taken above or handed over by the piece that finished.
    this.peakRunning = Math.max(this.peakRunning, this.running);
    if (ticket) this.runningTickets.set(ticket, (this.runningTickets.get(ticket) ?? 0) + 1);
    try {
      return await work();
    } finally {
      if (ticket) {
        const left = (this.runningTickets.get(ticket) ?? 1) - 1;
        if (left > 0) this.runningTickets.set(ticket, left);
        else this.runningTickets.delete(ticket);
      }
      const next = this.queue.shift();
      // The slot passes straight to the next in line, so `running` never drops below what runs.
      if (next) next.start();
      else this.running -= 1;
    }
  }

  /** Where the work of a ticket stands. */
  position(ticket: string): TicketState {
    if (this.runningTickets.has(ticket)) return { state: 'running' };
    const index = this.queue.findIndex((w) => w.ticket === ticket);
    return index >= 0 ? { state: 'queued', ahead: index } : { state: 'unknown' };
  }

  stats(): HeavyStats {
    return {
      concurrency: this.options.concurrency,
      maxQueue: this.options.maxQueue,
      running: this.running,
      queued: this.queue.length,
      peakRunning: this.peakRunning,
      refused: this.refused,
    };
  }
}

/** A whole number ≥ min from the environment, else the default (a typo never disables the limit). */
function positiveInt(value: string | undefined, fallback: number, min: number): number {
  const text = value?.trim() ?? '';
  if (!/^\d{1,6}$/.test(text)) return fallback;
  const n = Number(text);
  return n >= min ? n : fallback;
}

/** JIXIAO_HEAVY_CONCURRENCY (≥ 1, default 2), JIXIAO_HEAVY_QUEUE (≥ 0, default 16) and the task limits. */
export function heavyOptionsFromEnv(env: Record<string, string | undefined>): HeavyPoolOptions {
  return {
    concurrency: positiveInt(env.JIXIAO_HEAVY_CONCURRENCY, DEFAULT_HEAVY.concurrency, 1),
    maxQueue: positiveInt(env.JIXIAO_HEAVY_QUEUE, DEFAULT_HEAVY.maxQueue, 0),
    taskSeconds: positiveInt(env.JIXIAO_HEAVY_TASK_SECONDS, DEFAULT_TASK_SECONDS, 1),
    workerHeapMb: positiveInt(env.JIXIAO_HEAVY_WORKER_MB, DEFAULT_WORKER_HEAP_MB, 64),
  };
}

/** The request header by which a client names its heavy request, to ask about it while it waits. */
export const HEAVY_TICKET_HEADER = 'x-heavy-ticket';
const TICKET = /^[A-Za-z0-9-]{8,64}$/;

/** The ticket a request carries, when well-formed (anything else is ignored: the work still runs). */
export function ticketOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const value = headers[HEAVY_TICKET_HEADER];
  return typeof value === 'string' && TICKET.test(value) ? value : undefined;
}
