/**
 * Invisible control characters in request text: C0 controls other than tab, line feed and carriage return
 * (NUL first of all: PostgreSQL refuses it in text and jsonb), DEL, and UTF-16 halves without their pair.
 * The validator (http/validation.ts) refuses them in every string and every key of every body, query and
 * path parameter before the route's schema runs, naming the field and the character's position.
 */
export interface ControlCharAt {
  /** Where in the request part: keys and array indexes. */
  path: PropertyKey[];
  /** 1-based position of the first such character, counted in characters (code points). */
  position: number;
}

/** The 1-based position of the first control character in `text`, or 0 when there is none. */
export function controlCharPosition(text: string): number {
  let position = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    position += 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
      return position;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return position;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return position;
  }
  return 0;
}

/**
 * Every string (value or key) holding a control character, up to `limit` of them, found without recursion
 * (a deeply nested body cannot overflow the stack here).
 */
export function findControlChars(value: unknown, limit = 20): ControlCharAt[] {
  const found: ControlCharAt[] = [];
  // Each entry links to its parent, so a path is only built for what is found (no copying per level).
  const stack: Step[] = [{ value, key: undefined, parent: undefined }];
  while (stack.length > 0 && found.length < limit) {
    const step = stack.pop();
    if (!step) break;
    const v = step.value;
    if (step.badKeyAt) found.push({ path: pathOf(step), position: step.badKeyAt });
    else if (typeof v === 'string') {
      const position = controlCharPosition(v);
      if (position > 0) found.push({ path: pathOf(step), position });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: step });
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] ?? '';
        const value = (v as Record<string, unknown>)[key];
        stack.push({ value, key, parent: step, badKeyAt: controlCharPosition(key) });
      }
    }
  }
  return found;
}

interface Step {
  value: unknown;
  key: PropertyKey | undefined;
  parent: Step | undefined;
  /** The key itself holds a control character at this position: reported, not descended into. */
  badKeyAt?: number;
}

function pathOf(step: Step): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let s: Step | undefined = step; s?.key !== undefined; s = s.parent) path.push(s.key);
  return path.reverse();
}
