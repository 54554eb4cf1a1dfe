import { ApiError, request } from '../api/client';
import { OPERATIONS } from '../api/operations.gen';
import { useAsync } from '../lib/use-async';
import type { MenuKey, TodoCounts } from './menu';

/**
 * The to-do counts beside the menu entries come from the server's GET /api/todo-counts: for the signed-in
 * user, `{ review, returned, comments }` — evaluations waiting for their step of the review chain, their
 * own evaluations returned to them, and open comment threads whose last word is someone else's. Each is
 * shown on the menu entry where it is dealt with (SERVER_KEY_ENTRY); the review chain owns the route. The app asks only when the API it was built against has it (OPERATIONS, generated
 * with the API types), so a server without it sees no request and the console no 404; a server that still
 * answers 404 is not asked again until the page is reloaded. The answer is read defensively: unknown keys
 * and anything but a whole number above zero are left out.
 */
const KEYS: ReadonlySet<string> = new Set<MenuKey>([
  'home',
  'evaluations',
  'targets',
  'review',
  'overview',
  'audit',
  'adminUsers',
  'adminOrganisations',
  'adminYears',
  'adminRuleSets',
  'adminAuditLog',
]);

const isMenuKey = (key: string): key is MenuKey => KEYS.has(key);

/** Where each of the server's counts is dealt with: a returned evaluation and an open thread are the preparer's own work. */
const SERVER_KEY_ENTRY: Readonly<Record<string, MenuKey>> = {
  review: 'review',
  returned: 'evaluations',
  comments: 'home',
  // Target declarations waiting for the user's review step are reviewed in the same review desk.
  declarations: 'review',
};

export function readTodoCounts(body: unknown): TodoCounts {
  if (typeof body !== 'object' || body === null) return {};
  const counts: TodoCounts = {};
  for (const [key, value] of Object.entries(body)) {
    const entry = SERVER_KEY_ENTRY[key] ?? (isMenuKey(key) ? key : undefined);
    if (entry && typeof value === 'number' && Number.isSafeInteger(value) && value > 0)
      counts[entry] = (counts[entry] ?? 0) + value;
  }
  return counts;
}

export const TODO_COUNTS_OPERATION = 'GET /api/todo-counts';

/** Whether the API described by these operations serves the counts. */
export const servesTodoCounts = (operations: readonly string[]) => operations.includes(TODO_COUNTS_OPERATION);

/** Unset when the API has no such route, or once the server has said so: no request per page after that. */
let unavailable = !servesTodoCounts(OPERATIONS);

async function loadTodoCounts(signal: AbortSignal): Promise<TodoCounts> {
  if (unavailable) return {};
  try {
    return readTodoCounts(await request<unknown>('GET', '/api/todo-counts', { signal }));
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) unavailable = true;
    // Counts are a convenience: any failure leaves the menu without them, and without a message.
    return {};
  }
}

/** The counts, asked again whenever `refreshKey` changes (the frame passes the path: every page). */
export function useTodoCounts(refreshKey: string): TodoCounts {
  return useAsync(loadTodoCounts, refreshKey).data ?? {};
}
