/**
 * Paths into the evaluation in the same notation the engine's findings use ("indicators[3].target.value"),
 * so a form field, a validation issue and a finding all name a place the same way.
 */
export type PathSegment = string | number;

export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const idx of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

export function formatPath(segments: readonly PathSegment[]): string {
  let s = '';
  for (const seg of segments) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else s += s ? `.${seg}` : seg;
  }
  return s;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

export function getAt(root: unknown, path: string | readonly PathSegment[]): unknown {
  const segs = typeof path === 'string' ? parsePath(path) : path;
  let cur: unknown = root;
  for (const seg of segs) {
    if (!isContainer(cur)) return undefined;
    cur = Array.isArray(cur) ? cur[Number(seg)] : cur[String(seg)];
  }
  return cur;
}

/**
 * Returns a copy of `root` with the value at `path` replaced, copying only the containers on the way
 * (so React sees new objects exactly where something changed). `undefined` removes the key.
 */
export function setAt<T>(root: T, path: string | readonly PathSegment[], value: unknown): T {
  const segs = typeof path === 'string' ? parsePath(path) : path;
  return setIn(root, segs, 0, value) as T;
}

function setIn(node: unknown, segs: readonly PathSegment[], i: number, value: unknown): unknown {
  if (i === segs.length) return value;
  const seg = segs[i] as PathSegment;
  const next = segs[i + 1];
  if (Array.isArray(node)) {
    const copy = [...node];
    const idx = Number(seg);
    copy[idx] = setIn(copy[idx], segs, i + 1, value);
    return copy;
  }
  const base: Record<string, unknown> = isContainer(node) && !Array.isArray(node) ? { ...node } : {};
  const child = base[String(seg)];
  const start = child === undefined && typeof next === 'number' ? [] : child;
  const updated = setIn(start, segs, i + 1, value);
  if (updated === undefined) delete base[String(seg)];
  else base[String(seg)] = updated;
  return base;
}
