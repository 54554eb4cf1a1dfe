/**
 * List pages kept by this instance while nothing has been written: on PGlite only, where every statement
 * passes through this process (db/data-lock.ts: one process per data folder) and db/connect.ts counts
 * them (`changeCount`). A page is kept under its statement (text and parameters, which name the principal's
 * scope, the filter and the page) and the count when it was asked for; once anything else has started on
 * the connection — a save, a transition, an import, a session lookup, a job poll — the count has moved and
 * every kept page is dropped.
 *
 * Why it is exact: a page asked for at count c is read by a statement queued after every statement started
 * before that moment (PGlite runs them one at a time, in order), so it shows everything written before it was
 * asked for. A later request finds it only while the count is still c, that is when no statement at all has
 * started since: nothing could have changed what it shows. Requests that arrive while the page is being read
 * share that one read, by the same argument. On PostgreSQL other instances write unseen, and nothing is kept.
 */
const MAX_PAGES = 500;

export class ListCache<T> {
  private pages = new Map<string, Promise<T>>();
  private at = -1;

  constructor(private readonly changeCount: () => number) {}

  /** The page kept under `key`, or the one `read` gives (kept for the next asker while nothing is written). */
  page(key: string, read: () => Promise<T>): Promise<T> {
    const now = this.changeCount();
    if (now !== this.at || this.pages.size >= MAX_PAGES) {
      this.pages = new Map();
      this.at = now;
    }
    const kept = this.pages.get(key);
    if (kept) return kept;
    const reading = read();
    const pages = this.pages;
    pages.set(key, reading);
    // A failed read is not kept: the next request tries again.
    reading.catch(() => {
      if (pages.get(key) === reading) pages.delete(key);
    });
    return reading;
  }
}
