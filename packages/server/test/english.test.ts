import { randomUUID } from 'node:crypto';
import { glossedLabels, listRuleSets, stringsIn, untranslatedLines } from '@jixiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, createEvaluation, seedEvaluation, type World } from './world';

/**
 * Every kind of API failure asked for in English (Accept-Language: en) answers in English: the
 * message and each issue's place and text. Chinese may appear only as untranslatedLines() allows —
 * quoted, the request's own data (names, cells), or an official name beside its English gloss.
 */

interface ErrorReply {
  error: {
    code: string;
    key: string;
    message: string;
    issues?: { key: string; message: string; location?: { label?: string; file?: string; sheet?: string } }[];
  };
}

/** What a person reads of an error body: the message, and each issue with its place. */
function readable(body: ErrorReply): string {
  const issues = (body.error.issues ?? []).map((i) => {
    const l = i.location ?? {};
    return [l.file, l.sheet, l.label, i.message].filter(Boolean).join(' | ');
  });
  return [body.error.message, ...issues].join('\n');
}

const WORLD_NAMES = [
  '甲区财政局',
  '甲区科协',
  '甲区科协本级',
  '甲区科技馆',
  '乙区财政局',
  '乙区科协',
  '乙区科协本级',
];
const SHEET = [
  ['项目支出绩效自评表'],
  ['（2023年度）'],
  ['项目名称：科普惠民工程', '', '单位名称', '甲区科协本级'],
  ['', '', '年初预算数', '全年预算数', '全年执行数'],
  ['', '年度资金总额', '500', '480', '456'],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '科普活动场次', '≥20场', '22场', '二十', '50'],
];

describe.each(BACKENDS)('API errors in English on %s', (backend) => {
  let server: TestServer;
  let world: World;
  const data = [...WORLD_NAMES, ...SHEET.flat(), ...stringsIn(seedEvaluation(1))];
  const glosses = listRuleSets().flatMap(glossedLabels);
  const english = (c: Client) => {
    c.language = 'en-GB,zh;q=0.5';
    return c;
  };
  const expectEnglish = (r: { status: number; body: unknown }, status: number, key: string) => {
    const body = r.body as ErrorReply;
    expect(r.status, JSON.stringify(body)).toBe(status);
    expect(body.error.key).toBe(key);
    expect(untranslatedLines(readable(body), { data, glosses })).toEqual([]);
    return body;
  };

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('400: an evaluation failing the schema, each field named in English', async () => {
    const preparer = english(await clientAs(server, world, 'preparer'));
    const evaluation = seedEvaluation(1);
    const r = await preparer.post(`/api/organisations/${world.orgs.u1}/evaluations`, {
      evaluation: { ...evaluation, fiscalYear: 1999, unit: {} },
    });
    const body = expectEnglish(r, 400, 'http.invalidPartCount');
    expect(body.error.message).toBe('the form has 2 problems');
    expect(body.error.issues?.map((i) => i.message)).toContain('the year cannot be before 2000');
  });

  it('400: a route schema refusing a field', async () => {
    const admin = english(await clientAs(server, world, 'admin'));
    const r = await admin.post('/api/organisations', { kind: 'unit', name: '', parentId: world.orgs.d1 });
    const body = expectEnglish(r, 400, 'http.invalidPartCount');
    expect(body.error.issues?.[0]?.message).toBe('the name cannot be empty');
  });

  it('401: no session', async () => {
    expectEnglish(await english(new Client(server.url)).get('/api/evaluations'), 401, 'auth.loginRequired');
  });

  it('401: a wrong password', async () => {
    const r = await english(new Client(server.url)).login(world.users.preparer.username, 'Wrong-pass-2026');
    expectEnglish(r, 401, 'auth.badCredentials');
  });

  it('403: a role without the permission', async () => {
    const preparer = english(await clientAs(server, world, 'preparer'));
    expectEnglish(await preparer.get('/api/users'), 403, 'http.forbidden');
  });

  it('403: an organisation outside the user’s scope', async () => {
    const preparer = english(await clientAs(server, world, 'preparer'));
    const r = await preparer.post(`/api/organisations/${world.orgs.u2}/evaluations`, {
      evaluation: seedEvaluation(1),
    });
    expectEnglish(r, 403, 'auth.outOfScope');
  });

  it('403: a state-changing request without the CSRF token', async () => {
    const admin = english(await clientAs(server, world, 'admin'));
    const r = await admin.request(
      'POST',
      '/api/organisations',
      { kind: 'financeBureau', name: '丙区' },
      { csrf: false },
    );
    expectEnglish(r, 403, 'auth.csrf');
  });

  it('404: a record that does not exist, and a route that does not exist', async () => {
    const preparer = english(await clientAs(server, world, 'preparer'));
    expectEnglish(await preparer.get(`/api/evaluations/${randomUUID()}`), 404, 'http.notFound');
    expectEnglish(await preparer.get('/api/no-such-thing'), 404, 'http.noRoute');
  });

  it('409: a save on a stale version', async () => {
    const preparer = english(await clientAs(server, world, 'preparer'));
    const created = await createEvaluation(preparer, world.orgs.u1);
    const evaluation = seedEvaluation(1);
    expect(
      (await preparer.put(`/api/evaluations/${created.id}`, { version: created.version, evaluation })).status,
    ).toBe(200);
    const stale = await preparer.put(`/api/evaluations/${created.id}`, {
      version: created.version,
      evaluation,
    });
    const body = expectEnglish(stale, 409, 'http.staleVersion');
    expect(body.error.message).toContain(`you edited version ${created.version}`);
  });

  it('413: a body over the limit', async () => {
    const preparer = english(await clientAs(server, world, 'preparer'));
    const r = await preparer.post(`/api/organisations/${world.orgs.u1}/evaluations`, {
      evaluation: { padding: 'x'.repeat(11 * 1024 * 1024) },
    });
    expectEnglish(r, 413, 'http.tooLarge');
  });

  it('400: an import whose sheet has a bad cell, and one that is no zip', async () => {
    const finance = english(await clientAs(server, world, 'financeReviewer'));
    const form = (name: string, text: string) => {
      const f = new FormData();
      f.append('file', new Blob([text]), name);
      return f;
    };
    const csv = `${SHEET.map((r) => r.join(',')).join('\n')}\n`;
    const sheet = await finance.post(`/api/organisations/${world.orgs.b1}/imports`, form('bad.csv', csv));
    const body = expectEnglish(sheet, 400, 'import.problems');
    expect(body.error.issues?.map((i) => i.message)).toContain('"二十" is not a score; write a number');
    const zip = await finance.post(
      `/api/organisations/${world.orgs.b1}/imports`,
      form('bad.zip', 'not a zip'),
    );
    expectEnglish(zip, 400, 'import.problems');
  });

  it('429: too many logins from one address (run last: it uses up this address’s window)', async () => {
    const client = english(new Client(server.url));
    let last: { status: number; body: unknown } = { status: 0, body: undefined };
    for (let i = 0; i < 40 && last.status !== 429; i++)
      // A new name each time: one name alone pauses after five failures (auth.locked) first.
      last = await client.login(`nobody-${i}`, 'Wrong-pass-2026');
    expectEnglish(last, 429, 'auth.tooManyAttempts');
  });
});
