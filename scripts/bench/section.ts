/**
 * One section of `npm run bench`. A section prints its own lines through `out` and measures only what it
 * names; timings are reported, never asserted.
 */
export interface BenchSection {
  /** Short name used to pick sections: `npm run bench -- engine`. */
  name: string;
  title: string;
  run(out: (line: string) => void): Promise<void>;
}

/** Peak memory as seen by sampling rss, and as the OS reports it (maxRSS). */
export class MemoryPeak {
  private peakRss = 0;
  sample(): void {
    const rss = process.memoryUsage().rss;
    if (rss > this.peakRss) this.peakRss = rss;
  }
  describe(): string {
    this.sample();
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return `sampled peak rss ${mb(this.peakRss)}, maxRSS ${mb(process.resourceUsage().maxRSS * 1024)}`;
  }
}

/** Milliseconds since `start` (from performance.now()). */
export function since(start: number): number {
  return performance.now() - start;
}

export function perSecond(count: number, ms: number): string {
  return rate(count, ms).toLocaleString('en-US');
}

/** Whole operations per second, as a named figure takes it. */
export function rate(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}
