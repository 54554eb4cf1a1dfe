import { formatPath, type PathSegment } from '../lib/json-path';

export interface Difference {
  path: string;
  mine: string;
  theirs: string;
}

function leaves(value: unknown, prefix: PathSegment[], out: Map<string, string>): void {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) leaves(v, [...prefix, i], out);
  } else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) {
      // Row ids are the client's bookkeeping, not content.
      if (k !== 'id') leaves(v, [...prefix, k], out);
    }
  else if (value !== undefined && value !== '') out.set(formatPath(prefix), String(value));
}

/** Every field whose value differs between my draft and the server's version (for the conflict dialog). */
export function diffDrafts(mine: unknown, theirs: unknown): Difference[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  leaves(mine, [], a);
  leaves(theirs, [], b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => a.get(p) !== b.get(p))
    .map((p) => ({ path: p, mine: a.get(p) ?? '', theirs: b.get(p) ?? '' }));
}

/** Same content, ignoring row ids and empty strings: decides whether there is anything unsaved. */
export function sameContent(a: unknown, b: unknown): boolean {
  return diffDrafts(a, b).length === 0;
}
