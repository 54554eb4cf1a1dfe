import { call } from './openapi';

/**
 * Heavy requests (PDF export, audit of big uploads) may wait on the server: its pool runs two at a time and
 * queues the rest. The request carries a ticket (header x-heavy-ticket); while it is pending the app asks
 * GET /api/heavy/status about that ticket once a second, so the page can say "排队中（前面还有 N 个）".
 */
export type QueueState = { state: 'queued'; ahead: number } | { state: 'running' };

export const HEAVY_TICKET_HEADER = 'x-heavy-ticket';
const POLL_MS = 1000;

/** Runs `work` with a fresh ticket header and reports where it stands until it settles. */
export async function withQueueStatus<T>(
  work: (headers: Record<string, string>) => Promise<T>,
  onState: (state: QueueState | undefined) => void,
): Promise<T> {
  const ticket = crypto.randomUUID();
  let settled = false;
  const poll = async () => {
    while (!settled) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (settled) break;
      try {
        const s = await call('get', '/api/heavy/status', { query: { ticket } });
        if (settled) break;
        if (s.state === 'queued') onState({ state: 'queued', ahead: s.ahead ?? 0 });
        else if (s.state === 'running') onState({ state: 'running' });
      } catch {
        // The status is a courtesy: a failed poll changes nothing about the request itself.
      }
    }
  };
  void poll();
  try {
    return await work({ [HEAVY_TICKET_HEADER]: ticket });
  } finally {
    settled = true;
    onState(undefined);
  }
}
