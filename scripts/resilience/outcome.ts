import type { Backend } from './server';

/** One row of the suite's table: a scenario on one database, its figures and what failed. */
export interface Outcome {
  scenario: string;
  backend: Backend;
  /** Responses with a 5xx status (each is a failure). */
  fiveXx: number;
  /** Highest RSS of the server process during the scenario, MB. */
  peakRssMb?: number;
  /** The largest rise of the server's RSS above where the measured step began, MB. */
  riseMb?: number;
  p99Ms?: number;
  /** Writes acknowledged (2xx) but not found afterwards, or more than one winner of a stale race. */
  lostWrites?: number;
  /** Other figures worth printing, e.g. "2000 bodies × 27 routes". */
  notes: string[];
  /** Why the scenario failed; empty when it passed. */
  failures: string[];
  /**
   * Limits on time that were missed (health p99, refusal within 5 s, the fuzzer's budget, load time-outs):
   * failures where timing is judged (`npm run resilience`), printed but not counted with
   * RESILIENCE_TIMING=report (CI, whose shared 2-core machine makes them vary with the neighbours' load).
   */
  slow: string[];
  /** Inputs that made a failure, in full (at most 20 kB each), kept in artifacts/resilience.json to replay. */
  evidence: string[];
  seconds: number;
}

export function outcome(scenario: string, backend: Backend): Outcome {
  return { scenario, backend, fiveXx: 0, notes: [], failures: [], slow: [], evidence: [], seconds: 0 };
}

export const MB = 1024 * 1024;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Races a promise against a time limit; the value, or 'timeout'. */
export async function within<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([p, limit]);
  } finally {
    clearTimeout(timer);
  }
}
