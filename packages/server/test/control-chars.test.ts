import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlCharPosition, findControlChars } from '../src/http/control-chars';
import { loggableError } from '../src/http/log-safety';
import { BACKENDS, Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, seedEvaluation, type World } from './world';

interface ErrorReply {
  error: {
    code: string;
    message: string;
    field?: string;
    issues?: { message: string; location?: { path?: string } }[];
  };
}

describe('finding control characters', () => {
  it('gives the 1-based position of NUL, BEL, ESC, DEL and lone UTF-16 halves', () => {
    expect(controlCharPosition('ab\u0000c')).toBe(3);
    expect(controlCharPosition('\u0007')).toBe(1);
    expect(controlCharPosition('单位\u001b')).toBe(3);
    expect(controlCharPosition('x\u007f')).toBe(2);
    expect(controlCharPosition('a\ud800b')).toBe(2);
    expect(controlCharPosition('a\udc00')).toBe(2);
    // An emoji is one character: the NUL after it is the second.
    expect(controlCharPosition('😀\u0000')).toBe(2);
  });

  it('accepts tab, line feed, carriage return and whole surrogate pairs', () => {
    expect(controlCharPosition('第一行\n第二行\r\n\t缩进 😀')).toBe(0);
  });

  it('property: text without controls passes; one control inserted is found where it was put', () => {
    const clean = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) =>
      [...s]
        .filter((ch) => {
          const c = ch.codePointAt(0) ?? 0;
          return (c >= 0x20 && c !== 0x7f) || c === 9 || c === 10 || c === 13;
        })
        .join(''),
    );
    const control = fc.integer({ min: 0, max: 0x1f }).filter((c) => c !== 9 && c !== 10 && c !== 13);
    fc.assert(
      fc.property(clean, clean, control, (before, after, c) => {
        expect(controlCharPosition(before + after)).toBe(0);
        expect(controlCharPosition(before + String.fromCharCode(c) + after)).toBe([...before].length + 1);
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('walks values and keys of nested bodies, with their paths', () => {
    const found = findControlChars({ a: [{ b: 'ok' }, { c: 'x\u0000' }], 'k\u0001': 1, d: 'fine' });
    expect(found).toEqual([
      { path: ['a', 1, 'c'], position: 2 },
      { path: ['k\u0001'], position: 2 },
    ]);
  });

  it('walks a body nested 100,000 deep without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`);
    expect(findControlChars(deep)[0]?.position).toBe(1);
  });
});

describe('the log keeps no query parameters', () => {
  it("drops Drizzle's params line and field, the pg detail, and the stack's copy of the message", () => {
    const pgError = Object.assign(new Error('new row violates check constraint "c"'), {
      code: '23514',
      constraint: 'c',
      detail: 'Failing row contains (SECRET-1).',
      parameters: ['SECRET-2'],
    });
    const drizzle = Object.assign(
      new Error('Failed query: insert into "users" values ($1)\nparams: SECRET-3'),
      {
        query: 'insert into "users" values ($1)',
        params: ['SECRET-4'],
        cause: pgError,
      },
    );
    const logged = JSON.stringify(loggableError(drizzle));
    expect(logged).not.toMatch(/SECRET/);
    expect(logged).toContain('insert into \\"users\\" values ($1)');
    expect(logged).toContain('23514');
  });
});

describe.each(BACKENDS)('control characters are refused with 400 naming the field, on %s', (backend) => {
  let server: TestServer;
  let world: World;
  const logged: string[] = [];

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        logged.push(chunk.toString());
        done();
      },
    });
    server = await startTestServer(backend, { server: { logger: { level: 'info', stream } } });
    world = await buildWorld(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a NUL in the anonymous sign-in: 400 naming 用户名 and the position, no session', async () => {
    const r = await new Client(server.url).login('ad\u0000min', 'whatever-password');
    expect(r.status).toBe(400);
    const body = r.body as ErrorReply;
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.field).toBe('username');
    expect(body.error.issues?.[0]?.message).toBe(
      '「用户名」含有不可见的控制字符（第 3 个字符），请删除后重试',
    );
  });

  it('refuses a BEL in an organisation name and creates nothing', async () => {
    const before = ((await world.admin.get('/api/organisations')).body as { items: unknown[] }).items.length;
    const r = await world.admin.post('/api/organisations', {
      kind: 'unit',
      name: '甲区\u0007单位',
      parentId: world.orgs.d1,
    });
    expect(r.status).toBe(400);
    expect((r.body as ErrorReply).error.issues?.[0]?.message).toBe(
      '「名称」含有不可见的控制字符（第 3 个字符），请删除后重试',
    );
    const after = ((await world.admin.get('/api/organisations')).body as { items: unknown[] }).items.length;
    expect(after).toBe(before);
  });

  it('names an evaluation field by its label, and answers in English when asked', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const evaluation = seedEvaluation(1) as { title?: string };
    evaluation.title = '项目\u0000';
    const path = `/api/organisations/${world.orgs.u1}/evaluations`;
    const r = await preparer.post(path, { evaluation });
    expect(r.status).toBe(400);
    const issue = (r.body as ErrorReply).error.issues?.[0];
    expect(issue?.location?.path).toBe('evaluation.title');
    expect(issue?.message).toMatch(/^「.+」含有不可见的控制字符（第 3 个字符）/);
    preparer.language = 'en';
    const en = await preparer.post(path, { evaluation });
    expect((en.body as ErrorReply).error.issues?.[0]?.message).toMatch(
      /contains an invisible control character \(character 3\)/,
    );
  });

  it('refuses control characters in keys, in the query string and lone surrogates', async () => {
    const key = await world.admin.post('/api/organisations', { kind: 'unit', name: 'x', 'p\u0000': 1 });
    expect(key.status).toBe(400);
    expect((await world.admin.get('/api/evaluations?q=%00')).status).toBe(400);
    // Found by the fuzzer: a control character under a prototype key ("constructor") was a 500 when labelled.
    const proto = await world.admin.post('/api/organisations', {
      kind: 'unit',
      constructor: ['a', 'b\ud800'],
    });
    expect(proto.status).toBe(400);
    expect((proto.body as ErrorReply).error.issues?.[0]?.location?.path).toBe('constructor[1]');
    const lone = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":"a\\ud800","password":"x"}',
    });
    expect(lone.status).toBe(400);
  });

  it('accepts tabs and line breaks in text', async () => {
    const r = await world.admin.post('/api/organisations', {
      kind: 'unit',
      name: '甲区\t单位',
      parentId: world.orgs.d1,
    });
    expect(r.status).toBe(201);
  });

  it('logs a database error with its code but without the values of the query', async () => {
    const marker = 'SECRET-MARKER-7f3a';
    await server.database.db.execute(
      sql.raw(`alter table users add constraint test_no_marker check (display_name not like '%${marker}%')`),
    );
    try {
      logged.length = 0;
      const r = await world.admin.post('/api/users', {
        username: 'marker-user',
        displayName: `张三 ${marker}`,
        password: `Pw-${marker}-long-enough`,
      });
      expect(r.status).toBe(500);
      expect(JSON.stringify(r.body)).not.toContain(marker);
      const log = logged.join('');
      expect(log).toContain('test_no_marker');
      expect(log).toContain('23514');
      expect(log).not.toContain(marker);
      expect(log).not.toContain('marker-user');
    } finally {
      await server.database.db.execute(sql.raw('alter table users drop constraint test_no_marker'));
    }
  });
});
