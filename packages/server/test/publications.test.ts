import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { targetDeclarations } from '../src/db/schema';
import { unitWideDeclaration } from './declaration-fixture';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, seedEvaluation, type World } from './world';

/**
 * 信息公开 and open data over real HTTP: two evaluations are approved, one is published; the other must never
 * appear in any public answer. The Data Package is checked against a zod schema of the parts of the Data
 * Package / Table Schema specs it uses, and the CSV is parsed back with the declared types.
 */

/** Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) — the parts used here. */
const fieldSchema = z.strictObject({
  name: z.string().min(1),
  title: z.string().min(1),
  type: z.enum(['string', 'integer', 'number', 'date']),
  description: z.string().min(1),
  unit: z.string().min(1).optional(),
  constraints: z
    .strictObject({
      required: z.boolean().optional(),
      unique: z.boolean().optional(),
      enum: z.array(z.string()).min(1).optional(),
    })
    .optional(),
});
const tableSchema = z
  .strictObject({
    fields: z.array(fieldSchema).min(1),
    primaryKey: z.array(z.string()).min(1),
    missingValues: z.array(z.string()),
  })
  .refine((s) => s.primaryKey.every((k) => s.fields.some((f) => f.name === k)), 'primaryKey names a field')
  .refine((s) => new Set(s.fields.map((f) => f.name)).size === s.fields.length, 'field names unique');
const dataPackageSchema = z.strictObject({
  profile: z.literal('tabular-data-package'),
  // Data Package `name`: lower-case alphanumerics with . _ - only.
  name: z.string().regex(/^[a-z0-9._-]+$/),
  title: z.string().min(1),
  description: z.string().min(1),
  licenses: z
    .array(z.strictObject({ name: z.string().regex(/^[A-Za-z0-9.-]+$/), title: z.string(), path: z.url() }))
    .min(1),
  resources: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[a-z0-9._-]+$/),
        title: z.string(),
        profile: z.literal('tabular-data-resource'),
        path: z.string().regex(/^[^/].*\.csv$/, 'a relative path, no leading slash'),
        format: z.literal('csv'),
        mediatype: z.literal('text/csv'),
        encoding: z.literal('utf-8'),
        dialect: z.strictObject({
          delimiter: z.literal(','),
          header: z.literal(true),
          doubleQuote: z.literal(true),
        }),
        schema: tableSchema,
      }),
    )
    .min(1),
});

/** RFC 4180 records (quoted cells with doubled quotes, CRLF), written here independently of the server. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A cell read with its declared Table Schema type; throws when it does not parse. */
function typed(type: string, value: string): string | number | null {
  if (value === '') return null;
  if (type === 'integer') {
    if (!/^-?\d+$/.test(value)) throw new Error(`not an integer: ${value}`);
    return Number(value);
  }
  if (type === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(value)) throw new Error(`not a number: ${value}`);
    return value;
  }
  if (type === 'date') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
      throw new Error(`not a date: ${value}`);
    return value;
  }
  return value;
}

interface Detail {
  id: string;
  version: number;
  status: string;
  totalScore: string | null;
}

describe.each(BACKENDS)('publication and open data on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let finance: Client;
  let department: Client;
  let anonymous: Client;
  const ids: { shown: string; hidden: string; publication: string } = {
    shown: '',
    hidden: '',
    publication: '',
  };
  const HIDDEN_TITLE = '未公开的社区科普项目';

  /** A seed evaluation with a known budget line: 150 万元 adjusted, 137.85 万元 executed. */
  function evaluationNamed(name: string) {
    const ev = seedEvaluation(1);
    // The seed states 100 % for a report without a budget line; with one, the stated rate is left out.
    const stated = { ...z.record(z.string(), z.unknown()).parse(ev.stated), executionRate: undefined };
    return {
      ...ev,
      stated,
      project: { name },
      funds: { total: { adjustedBudget: '150', executed: '137.85' } },
    };
  }

  async function approved(name: string): Promise<string> {
    const preparer = await clientAs(server, world, 'preparer');
    const approver = await clientAs(server, world, 'unitApprover');
    const made = await preparer.post<Detail>(`/api/organisations/${world.orgs.u1}/evaluations`, {
      evaluation: evaluationNamed(name),
    });
    expect(made.status).toBe(201);
    let version = made.body.version;
    for (const [client, move] of [
      [preparer, 'submit'],
      [approver, 'sign'],
      [department, 'approve'],
      [finance, 'approve'],
    ] as const) {
      const r = await client.post<Detail>(`/api/evaluations/${made.body.id}/${move}`, { version });
      expect(r.status, `${move}: ${JSON.stringify(r.body)}`).toBe(200);
      version = r.body.version;
    }
    return made.body.id;
  }

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    finance = await clientAs(server, world, 'financeReviewer');
    department = await clientAs(server, world, 'departmentReviewer');
    const { Client } = await import('./harness');
    anonymous = new Client(server.url);
    ids.shown = await approved('全区科普经费项目');
    ids.hidden = await approved(HIDDEN_TITLE);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a draft with a Chinese 409 and the department under the default rule with 403', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const draft = await preparer.post<{ id: string }>(`/api/organisations/${world.orgs.u1}/evaluations`, {
      evaluation: evaluationNamed('草稿项目'),
    });
    const refused = await finance.post<{ error: { message: string } }>(
      `/api/evaluations/${draft.body.id}/publish`,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('只有审核通过（已终审）的才能公开');
    const byDepartment = await department.post<{ error: { message: string } }>(
      `/api/evaluations/${ids.shown}/publish`,
    );
    expect(byDepartment.status).toBe(403);
    expect(byDepartment.body.error.message).toContain('由财政局公开');
    expect((await finance.get<{ items: unknown[] }>('/api/publications')).body.items).toEqual([]);
  });

  it('publishes one approved evaluation with its frozen PDF and xlsx, once', async () => {
    const r = await finance.post<{ id: string; kind: string; itemId: string }>(
      `/api/evaluations/${ids.shown}/publish`,
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ kind: 'evaluation', itemId: ids.shown });
    ids.publication = r.body.id;
    const again = await finance.post<{ error: { message: string } }>(`/api/evaluations/${ids.shown}/publish`);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('已经公开');
    const mine = await finance.get<{ items: { id: string }[] }>(`/api/publications?itemId=${ids.shown}`);
    expect(mine.body.items.map((i) => i.id)).toEqual([ids.publication]);
  }, 120_000);

  it('serves the published item on every public route and never the other one', async () => {
    const bodies: string[] = [];
    const get = async (path: string, status = 200) => {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(status);
      const bytes = Buffer.from(await res.arrayBuffer());
      bodies.push(bytes.toString('utf8'));
      return { res, bytes, text: bytes.toString('utf8') };
    };
    const list = JSON.parse((await get('/api/public/publications')).text);
    expect(list.total).toBe(1);
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([ids.publication]);
    const item = JSON.parse((await get(`/api/public/publications/${ids.publication}`)).text);
    const detail = await finance.get<Detail>(`/api/evaluations/${ids.shown}`);
    expect(item).toMatchObject({
      title: '全区科普经费项目',
      regionName: '甲区财政局',
      departmentName: '甲区科协',
      unitName: '甲区科协本级',
      fiscalYear: 2024,
      score: detail.body.totalScore,
      // 150 万元 and 137.85 万元 as written; 137.85 ÷ 150 = 0.919 → 91.90 %, written without trailing zeros.
      budgetWanYuan: '150',
      executedWanYuan: '137.85',
      executionRate: '91.9',
      reportUrl: `/api/public/publications/${ids.publication}/report.pdf`,
      tableUrl: `/api/public/publications/${ids.publication}/table.xlsx`,
    });
    expect(item.gradeWord).toBeTruthy();
    const pdf = await get(item.reportUrl);
    expect(pdf.res.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const xlsx = await get(item.tableUrl);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // Searching and filtering reach only published rows.
    for (const query of [
      `q=${encodeURIComponent('社区')}`,
      'year=2023',
      `unit=${encodeURIComponent('甲区科技馆')}`,
    ]) {
      expect(JSON.parse((await get(`/api/public/publications?${query}`)).text).total, query).toBe(0);
    }
    const byName = JSON.parse((await get(`/api/public/publications?q=${encodeURIComponent('科普')}`)).text);
    expect(byName.total).toBe(1);
    // The unpublished evaluation's id is no public id either.
    for (const suffix of ['', '/report.pdf', '/table.xlsx'])
      await get(`/api/public/publications/${ids.hidden}${suffix}`, 404);
    await get('/api/public/results.json');
    await get('/api/public/results.csv');
    await get('/api/public/datapackage.json');
    for (const body of bodies) {
      expect(body).not.toContain(ids.hidden);
      expect(body).not.toContain(HIDDEN_TITLE);
    }
  }, 60_000);

  it('answers with cache headers and a 304 for an unchanged list', async () => {
    const first = await fetch(`${server.url}/api/public/publications`);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const second = await fetch(`${server.url}/api/public/publications`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(second.status).toBe(304);
  });

  it('describes results.csv as a valid Data Package whose CSV parses with the declared types', async () => {
    const pkg = dataPackageSchema.parse(
      await (await fetch(`${server.url}/api/public/datapackage.json`)).json(),
    );
    const [resource] = pkg.resources;
    if (!resource) throw new Error('no resource');
    const csvRes = await fetch(new URL(resource.path, `${server.url}/api/public/datapackage.json`));
    expect(csvRes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const raw = Buffer.from(await csvRes.arrayBuffer());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(raw.toString('utf8').slice(1));
    const fields = resource.schema.fields;
    expect(header).toEqual(fields.map((f) => f.name));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toHaveLength(fields.length);
    const record = Object.fromEntries(fields.map((f, i) => [f.name, typed(f.type, row?.[i] ?? '')]));
    const detail = await finance.get<Detail>(`/api/evaluations/${ids.shown}`);
    expect(record).toMatchObject({
      id: ids.publication,
      fiscal_year: 2024,
      project: '全区科普经费项目',
      kind: '项目支出',
      score: detail.body.totalScore,
      budget_wan_yuan: '150',
      executed_wan_yuan: '137.85',
      execution_rate: '91.9',
    });
    expect(fields.find((f) => f.name === 'budget_wan_yuan')?.unit).toBe('万元');
    const json = z
      .object({ items: z.array(z.unknown()) })
      .parse(await (await fetch(`${server.url}/api/public/results.json`)).json());
    expect(json.items).toEqual([{ ...record, fiscal_year: 2024 }]);
  });

  it('publishes an approved declaration with its 申报表 and no report', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const made = await preparer.post<{ id: string }>(`/api/organisations/${world.orgs.u1}/declarations`, {
      declaration: unitWideDeclaration(),
    });
    expect(made.status).toBe(201);
    const draft = await finance.post<{ error: { message: string } }>(
      `/api/declarations/${made.body.id}/publish`,
    );
    expect(draft.status).toBe(409);
    expect(draft.body.error.message).toContain('绩效目标申报表当前为「草稿」');
    // Fixture: the review chain of declarations is tested in declarations.test.ts; here it is only set approved.
    await server.database.db
      .update(targetDeclarations)
      .set({ status: 'approved' })
      .where(eq(targetDeclarations.id, made.body.id));
    const published = await finance.post<{ id: string }>(`/api/declarations/${made.body.id}/publish`);
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const item = await anonymous.get<{ kind: string; reportUrl: string | null; tableUrl: string }>(
      `/api/public/publications/${published.body.id}`,
    );
    expect(item.body).toMatchObject({ kind: 'declaration', reportUrl: null });
    expect((await fetch(server.url + item.body.tableUrl)).status).toBe(200);
    const noPdf = await anonymous.get<{ error: { message: string } }>(
      `/api/public/publications/${published.body.id}/report.pdf`,
    );
    expect(noPdf.status).toBe(404);
    expect(noPdf.body.error.message).toBe('这条公开信息没有报告 PDF');
    // A declaration is no evaluation result: the open data keeps one row.
    expect((await anonymous.get<{ items: unknown[] }>('/api/public/results.json')).body.items).toHaveLength(
      1,
    );
  });

  it('withdraws with a reason, audit-logged, and the item leaves every public answer', async () => {
    const noReason = await finance.post<{ error: { message: string } }>(
      `/api/publications/${ids.publication}/withdraw`,
      { reason: '  ' },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('撤回须填写理由');
    const byDepartment = await department.post(`/api/publications/${ids.publication}/withdraw`, {
      reason: '错报',
    });
    expect(byDepartment.status).toBe(403);
    const done = await finance.post<{ withdrawReason: string; withdrawnAt: string }>(
      `/api/publications/${ids.publication}/withdraw`,
      { reason: '数据有误，更正后重新公开' },
    );
    expect(done.status).toBe(200);
    expect(done.body.withdrawReason).toBe('数据有误，更正后重新公开');
    const twice = await finance.post(`/api/publications/${ids.publication}/withdraw`, { reason: '再撤' });
    expect(twice.status).toBe(409);
    const list = await anonymous.get<{ items: { id: string }[] }>('/api/public/publications');
    expect(list.body.items.map((i) => i.id)).not.toContain(ids.publication);
    for (const suffix of ['', '/report.pdf', '/table.xlsx'])
      expect((await anonymous.get(`/api/public/publications/${ids.publication}${suffix}`)).status).toBe(404);
    expect((await anonymous.get<{ items: unknown[] }>('/api/public/results.json')).body.items).toEqual([]);
    const csv = await anonymous.get<string>('/api/public/results.csv');
    expect(csv.body.trim().split('\r\n')).toHaveLength(1);
    const log = await world.admin.get<{ items: { action: string; entityId: string }[] }>(
      '/api/audit-log?entity=publication',
    );
    const lines = log.body.items.filter((l) => l.entityId === ids.publication).map((l) => l.action);
    expect(lines.sort()).toEqual(['publish', 'withdraw']);
    // Published again after the withdrawal: a new publication, the old one stays withdrawn.
    const again = await finance.post<{ id: string }>(`/api/evaluations/${ids.shown}/publish`);
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(ids.publication);
  }, 120_000);
});
