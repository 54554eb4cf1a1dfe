import { ApiError } from '../api/client';
import { issuePathToDraftPath } from '../lib/error-text';
import { formatPath, parsePath } from '../lib/json-path';

/**
 * Scrolls to the field a finding or issue names and highlights it. Tries the exact path first, then
 * shorter ones ("indicators[3].target.value" → "indicators[3].target" → "indicators[3]"), so a finding
 * about a whole row still lands on the row.
 */
export function focusField(path: string, root: ParentNode = document): boolean {
  const segs = parsePath(path);
  for (let n = segs.length; n > 0; n--) {
    const candidate = formatPath(segs.slice(0, n));
    const el = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(candidate)}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.classList.remove('jx-highlight');
      // Restart the animation even when the same field is highlighted twice in a row.
      void el.offsetWidth;
      el.classList.add('jx-highlight');
      window.setTimeout(() => el.classList.remove('jx-highlight'), 2400);
      const input = el.matches('input,textarea,select,[tabindex]')
        ? el
        : el.querySelector<HTMLElement>('input,textarea,select,[tabindex]');
      input?.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}

/** After a refused save: scrolls to the first field the server names that is on the page (true if one was). */
export function focusFirstIssue(err: unknown, root: ParentNode = document): boolean {
  if (!(err instanceof ApiError)) return false;
  return err.issues.some((issue) => {
    const path = issuePathToDraftPath(issue.location?.path);
    return path !== undefined && focusField(path, root);
  });
}
