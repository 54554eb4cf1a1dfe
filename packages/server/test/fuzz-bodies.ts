import fc from 'fast-check';
import type { RegisteredRoute } from '../src/app';
import type { App } from '../src/http/app-types';
import { seedEvaluation } from './world';

/**
 * The fuzzer's core, shared by test/fuzz.test.ts and the resilience suite: hostile request bodies from a
 * fixed seed, and the write routes of an app to send them to.
 *
 * A body is the raw text sent as application/json: mostly JSON (random values, and plausible bodies of the
 * API — an evaluation, a login, a budget — with parts replaced by hostile values), some not JSON at all.
 */
export function fuzzBodies(
  seed: number,
  count: number,
  route?: Pick<RegisteredRoute, 'method' | 'url'>,
): string[] {
  const own = route ? templateFor(route) : undefined;
  return fc.sample(fuzzBody(own), { seed, numRuns: count });
}

/** The plausible body of a route (what its client sends), to be mutated; undefined when it takes none. */
export function templateFor(route: Pick<RegisteredRoute, 'method' | 'url'>): unknown {
  const [login, password, org, user, userEdit, year, yearEdit, budget, project, transition, comment] =
    templates().slice(2);
  const byRoute: Record<string, unknown> = {
    'POST /api/session': login,
    'POST /api/session/password': password,
    'POST /api/organisations': org,
    'PATCH /api/organisations/:id': { version: 1, name: '甲区单位' },
    'POST /api/users': user,
    'PATCH /api/users/:id': userEdit,
    'POST /api/fiscal-years': year,
    'PATCH /api/fiscal-years/:year': yearEdit,
    'POST /api/organisations/:id/budgets': budget,
    'PATCH /api/budgets/:id': { version: 1, ...asObject(budget) },
    'POST /api/organisations/:id/projects': project,
    'PATCH /api/projects/:id': { version: 1, ...asObject(project) },
    'POST /api/organisations/:id/evaluations': templates()[0],
    'PUT /api/evaluations/:id': templates()[1],
    'POST /api/evaluations/:id/score': templates()[0],
    'POST /api/evaluations/:id/check': templates()[0],
    'POST /api/evaluations/:id/comments': comment,
  };
  const key = `${route.method} ${route.url}`;
  if (key in byRoute) return byRoute[key];
  return /\/(submit|sign|approve|return)$/.test(route.url) ? transition : undefined;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Every write route of the app (method and URL pattern, ":id" parameters left in), in registration order. */
export function writeRoutes(app: Pick<App, 'registeredRoutes'>): RegisteredRoute[] {
  return app.registeredRoutes.filter((r) => WRITE_METHODS.has(r.method));
}

/** Values that have broken servers: controls, lone surrogates, huge and odd numbers, prototype keys. */
const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\u0007\u001b[31m',
    '\ud800',
    '\udfff',
    '\u202e',
    '\ufeff',
    '😀',
    "'; drop table users; --",
    '%00',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '1e400',
    '-0',
    'NaN',
    '0x10',
    '１２３．４５',
    '9'.repeat(400),
    `0.${'1'.repeat(400)}`,
    '2024-02-30',
    '00000000-0000-0000-0000-000000000000',
    'x'.repeat(5000),
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Characters that pass most schemas but not a database: NUL (most often), lone UTF-16 halves, other controls. */
const POISON = ['\u0000', '\u0000', '\u0000', '\ud800', '\udc00', '\u0001', '\u001f', '\u007f'];

const hostileNumber = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1.5,
    2 ** 31,
    2 ** 53,
    -(2 ** 53) - 2,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(null, true, false),
  fc.constant([]),
  fc.constant({}),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileLeaf },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'a'),
      hostileLeaf,
    ),
  },
);

/** Plausible bodies of the API's write routes, to be mutated. */
function templates(): unknown[] {
  const evaluation = seedEvaluation(1);
  return [
    { evaluation },
    { version: 1, evaluation },
    { username: 'admin', password: 'Admin-test-2026' },
    { currentPassword: 'Test-pass-2026', newPassword: 'Another-pass-2026!' },
    {
      kind: 'unit',
      name: '甲区单位',
      parentId: '00000000-0000-0000-0000-000000000000',
      regionCode: '500227',
    },
    {
      username: 'fuzz-user',
      displayName: '张三',
      password: 'Fuzz-pass-2026!',
      roles: [{ role: 'preparer', organisationId: '00000000-0000-0000-0000-000000000000' }],
    },
    { version: 1, displayName: '李四', active: false, roles: [] },
    { year: 2024 },
    { version: 1, locked: true },
    { fiscalYear: 2024, initialBudget: '100.00', adjustedBudget: '120.50', executed: '99.99' },
    { fiscalYear: 2024, name: '科普项目' },
    { version: 1, comment: '请补充', acknowledgements: ['flag.red'] },
    { path: 'indicators[3].actual', text: '请核对' },
  ];
}

interface Mutation {
  /** Which place of the template (taken modulo the number of places). */
  at: number;
  /** poison: one hostile character inserted into a string, the rest of the body left valid. */
  kind: 'replace' | 'delete' | 'add' | 'wrap' | 'poison';
  value: unknown;
  key: string;
}

/** All paths into a value (objects and arrays), the root included, depth-first. */
function placesOf(
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(path);
  if (out.length > 2000) return out;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) placesOf(v, [...path, i], out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) placesOf(v, [...path, k], out);
  }
  return out;
}

function mutate(template: unknown, mutations: Mutation[]): unknown {
  let body: unknown = structuredClone(template);
  for (const m of mutations) {
    const places = placesOf(body);
    const path = places[m.at % places.length] ?? [];
    if (path.length === 0) {
      body =
        m.kind === 'wrap' ? [body] : m.kind === 'add' ? { ...asObject(body), [m.key]: m.value } : m.value;
      continue;
    }
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], body);
    const last = path[path.length - 1] ?? '';
    if (typeof parent !== 'object' || parent === null) continue;
    const holder = parent as Record<string | number, unknown>;
    const current = holder[last];
    if (m.kind === 'poison') {
      if (typeof current === 'string') {
        const cut = m.at % (current.length + 1);
        setOwn(holder, last, current.slice(0, cut) + POISON[m.at % POISON.length] + current.slice(cut));
      } else setOwn(holder, last, POISON[m.at % POISON.length]);
    } else if (m.kind === 'replace') setOwn(holder, last, m.value);
    else if (m.kind === 'delete') {
      if (Array.isArray(holder)) holder.splice(Number(last), 1);
      else delete holder[last];
    } else if (m.kind === 'wrap') holder[last] = { value: current };
    else if (!Array.isArray(holder)) setOwn(holder, m.key, m.value);
    else holder.push(m.value);
  }
  return body;
}

/** An own property even for "__proto__", so that the key reaches the JSON text. */
function setOwn(holder: object, key: string | number, value: unknown): void {
  Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
}

const asObject = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...(v as Record<string, unknown>) } : {};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('replace', 'replace', 'poison', 'poison', 'delete', 'add', 'wrap'),
  value: hostileValue,
  key: fc.oneof(
    hostileString,
    fc.constantFrom('__proto__', 'constructor', 'version', 'id', 'organisationId'),
  ),
});

/** Broken JSON and other text a client may send with a JSON content type. */
const notJson = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    '[1,2',
    'null',
    '"just a string"',
    '{"a":1}{"b":2}',
    '\u0000',
    '{"a":"\\ud800"}',
    '{"a":"\\u0000"}',
  ),
  fc.constant(`${'['.repeat(5000)}${']'.repeat(5000)}`),
  fc.constant(`{"evaluation":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`),
  fc.string({ maxLength: 60 }),
);

function fuzzBody(own: unknown): fc.Arbitrary<string> {
  const all = templates();
  const mutatedFrom = (template: fc.Arbitrary<unknown>) =>
    fc
      .record({ template, mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
      .map(({ template, mutations }) => JSON.stringify(mutate(template, mutations)) ?? 'null');
  const others = mutatedFrom(fc.constantFrom(...all));
  return fc.oneof(
    // The route's own body, mutated: most of it stays valid, so the hostile part reaches the handler.
    { weight: 8, arbitrary: own === undefined ? others : mutatedFrom(fc.constant(own)) },
    { weight: 4, arbitrary: others },
    { weight: 2, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: notJson },
  );
}
