import fc from 'fast-check';

/**
 * The fuzzer's request bodies, reproducible from a seed: a third arbitrary JSON, a third the route's
 * valid example with one value replaced by something hostile (NUL and control characters, lone surrogates,
 * 10,000-digit and exponent numbers, ids that do not exist, prototype keys, deep nesting, long text), and
 * a third raw bytes that are not the JSON they claim (truncated, BOM, NaN, duplicate keys, wrong types).
 */
export interface FuzzBody {
  contentType: string;
  payload: string;
}

const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0001\u001f\u007f',
  '\ud800',
  '\u202e反向',
  '１２３．４５',
  '1e999',
  '-0',
  'NaN',
  'Infinity',
  '0x1F',
  '9'.repeat(10_000),
  `0.${'1'.repeat(5000)}`,
  '-99999999999999999999.999999',
  'x'.repeat(20_001),
  '名'.repeat(5000),
  "'; drop table evaluations; --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-4fff-bfff-ffffffffffff',
  'not-a-uuid',
  '2026-02-30',
  [],
  {},
  [null],
  { __proto__: { admin: true } },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
  Array.from({ length: 1000 }, (_, i) => i),
];

function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Every path to a value inside a JSON value (objects and arrays), the root included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]));
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function replaced(value: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaced(v, rest, by) : v));
  if (value && typeof value === 'object' && head !== undefined) {
    return { ...value, [head]: replaced((value as Record<string, unknown>)[head], rest, by) };
  }
  return value;
}

const json = (payload: string): FuzzBody => ({ contentType: 'application/json', payload });

function rawBodies(example: unknown): fc.Arbitrary<FuzzBody> {
  const text = JSON.stringify(example ?? {});
  return fc.oneof(
    fc.nat({ max: Math.max(1, text.length - 1) }).map((n) => json(text.slice(0, n))),
    fc.constantFrom(
      json(''),
      json('null'),
      json('[]'),
      json('"text"'),
      json('NaN'),
      json('{"a":1,"a":2}'),
      json(`\ufeff${text}`),
      json('{"version":1e999}'),
      json('{"version":-0}'),
      json(`${'['.repeat(5000)}${']'.repeat(5000)}`),
      json(`{"x":"\\u0000"}`),
      json('{"x":"\\ud800"}'),
      json(text.replace(/"/, "'")),
      { contentType: 'text/plain', payload: text },
      { contentType: 'application/x-www-form-urlencoded', payload: 'a=1&b=%00' },
      {
        contentType: 'multipart/form-data; boundary=x',
        payload: `--x\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\u0003\u0004\r\n--x--`,
      },
      { contentType: 'multipart/form-data', payload: 'no boundary' },
      { contentType: 'application/json; charset=utf-16', payload: text },
      { contentType: 'application/xml', payload: '<a/>' },
    ),
    fc.uint8Array({ maxLength: 200 }).map((b) => json(Buffer.from(b).toString('latin1'))),
  );
}

function mutatedBodies(example: unknown): fc.Arbitrary<FuzzBody> {
  const targets = paths(example);
  const hostile = fc.oneof(
    fc.constantFrom(...HOSTILE_VALUES),
    fc.integer({ min: 2, max: 3000 }).map(nested),
    fc.jsonValue({ maxDepth: 3 }),
  );
  const one = fc.tuple(fc.constantFrom(...targets), hostile).map(([p, v]) => replaced(example, p, v));
  // Sometimes a key that does not belong, or a required one dropped.
  const extra = fc
    .tuple(one, fc.constantFrom('__proto__', 'constructor', 'id', 'organisationId', 'status', 'x'), hostile)
    .map(([v, k, h]) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, [k]: h } : v));
  return fc.oneof(one, one, extra).map((v) => json(JSON.stringify(v) ?? 'null'));
}

/** `count` bodies for a route whose valid body looks like `example` (undefined: a route without a body). */
export function fuzzBodies(seed: number, count: number, example?: unknown): FuzzBody[] {
  const base = example ?? {};
  const arbitrary = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => json(JSON.stringify(v) ?? 'null')),
    mutatedBodies(base),
    rawBodies(base),
  );
  return fc.sample(arbitrary, { seed, numRuns: count });
}
