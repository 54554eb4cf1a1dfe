import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedReport, seedReportPath } from '../../formats/test/seed-reports/seeds';
import { auditLog, evaluations } from '../src/db/schema';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, seedEvaluation, type World } from './world';

/** The seed reports written for the tests (packages/formats/test/seed-reports). */
const seedText = (seed: SeedReport) => readFileSync(seedReportPath(seed));

interface AuditReply {
  files: Array<{
    name: string;
    ok: boolean;
    format?: string;
    error?: { code: string; message: string };
    summary?: {
      unit: string | null;
      year: number | null;
      kind: string | null;
      totalScore: string | null;
      executionRate: string | null;
      counts: { error: number; warning: number; info: number };
    };
    findings: Array<{
      code: string;
      severity: string;
      message: string;
      recomputation: string;
      confidence: string;
      evidence: Array<{ quote: string; where: string }>;
    }>;
  }>;
}

function upload(files: Array<{ name: string; bytes: Uint8Array }>): FormData {
  const fd = new FormData();
  for (const f of files) fd.append('file', new Blob([new Uint8Array(f.bytes)]), f.name);
  return fd;
}

describe.each(BACKENDS)('auditing uploaded reports (POST /api/audit) on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let finance: Client;

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    finance = await clientAs(server, world, 'financeReviewer');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('finds the 98% 得分率 for 5 of 5 and the red flag (all indicators full at 42.42% spent) in seed 004', async () => {
    const r = await finance.post<AuditReply>(
      '/api/audit',
      upload([{ name: '004.txt', bytes: seedText('s004') }]),
    );
    expect(r.status).toBe(200);
    const [file] = r.body.files;
    expect(file?.ok).toBe(true);
    expect(file?.format).toBe('txt');
    // 执行率 2851.19 → 1209.56: 1209.56 ÷ 2851.19 = 42.42%.
    expect(file?.summary?.executionRate).toBe('42.42');
    const rate = file?.findings.find(
      (f) =>
        f.code === 'text.score-rate-mismatch' && f.severity === 'error' && f.message.includes('企业满意度'),
    );
    expect(rate?.message).toContain('98%');
    // The quoted cell is the printed 得分率, with where it stands in the table.
    expect(rate?.evidence.some((e) => e.quote.includes('98%') && e.where !== '')).toBe(true);
    const red = file?.findings.find((f) => f.code === 'text.indicators-ahead-of-execution');
    expect(red?.severity).toBe('warning');
    // 指标得分 90 ÷ 指标分值 90 = 100% against an execution rate of 42.42%.
    expect(red?.recomputation).toContain('90 ÷ 指标分值 90 = 100%');
    expect(`${red?.message} ${red?.recomputation}`).toContain('42.42');
    expect(red?.evidence.length).toBeGreaterThan(0);
    expect(file?.summary?.counts.error).toBe(file?.findings.filter((f) => f.severity === 'error').length);
  });

  it('answers in English when asked, with the same findings', async () => {
    const r = await finance.post<AuditReply>(
      '/api/audit?lang=en',
      upload([{ name: '004.txt', bytes: seedText('s004') }]),
    );
    expect(r.status).toBe(200);
    const codes = r.body.files[0]?.findings.map((f) => f.code) ?? [];
    expect(codes).toContain('text.score-rate-mismatch');
    expect(r.body.files[0]?.findings[0]?.message).toMatch(/[A-Za-z]/);
  });

  it('gives a random-bytes file its Chinese error in its own entry and still audits the others', async () => {
    const r = await finance.post<AuditReply>(
      '/api/audit',
      upload([
        { name: '乱码.docx', bytes: randomBytes(4096) },
        { name: '003.txt', bytes: seedText('s003') },
        { name: '说明.exe', bytes: randomBytes(16) },
      ]),
    );
    expect(r.status).toBe(200);
    const [bad, good, exe] = r.body.files;
    expect(bad?.ok).toBe(false);
    expect(bad?.error?.message).toMatch(/无法读取文件「乱码\.docx」/);
    expect(bad?.summary).toBeUndefined();
    expect(exe?.error?.code).toBe('UNSUPPORTED_FORMAT');
    expect(exe?.error?.message).toContain('不支持的文件类型「.exe」');
    // Seed 003: income items 0.84 + 163.68 = 164.52 against the stated total 163.68.
    expect(good?.ok).toBe(true);
    expect(
      good?.findings.some(
        (f) =>
          f.code === 'text.breakdown-sum' && f.severity === 'error' && f.recomputation.includes('164.52'),
      ),
    ).toBe(true);
  });

  it('refuses a report over the 40 MB limit of the readers in its own entry, in Chinese', async () => {
    const big = new Uint8Array(41 * 1024 * 1024).fill(0x41);
    const r = await finance.post<AuditReply>('/api/audit', upload([{ name: '超大报告.txt', bytes: big }]));
    expect(r.status).toBe(200);
    expect(r.body.files[0]?.ok).toBe(false);
    expect(r.body.files[0]?.error?.message).toMatch(
      /无法读取文件「超大报告\.txt」：文件大小 41 MB，超过上限 40 MB/,
    );
  });

  it('scores and checks an evaluation in the official JSON format with the engine', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(seedEvaluation(1)));
    const r = await finance.post<AuditReply>('/api/audit', upload([{ name: 'seed-001.json', bytes }]));
    expect(r.status).toBe(200);
    const [file] = r.body.files;
    expect(file?.ok).toBe(true);
    expect(file?.format).toBe('json');
    expect(file?.summary?.unit).not.toBeNull();
    expect(file?.summary?.totalScore).toMatch(/^\d+(\.\d+)?$/);
  });

  it('stores nothing: no evaluation and no audit-log row after auditing', async () => {
    const db = server.database.db;
    const rows = async () => {
      const [e] = await db.select({ n: count() }).from(evaluations);
      const [a] = await db.select({ n: count() }).from(auditLog);
      return [e?.n, a?.n];
    };
    const before = await rows();
    const r = await finance.post<AuditReply>(
      '/api/audit',
      upload([{ name: '004.txt', bytes: seedText('s004') }]),
    );
    expect(r.status).toBe(200);
    expect(await rows()).toEqual(before);
  });

  it('refuses more than 50 files in one request', async () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ name: `r${i}.txt`, bytes: new Uint8Array([0x41]) }));
    const r = await finance.post<{ error: { message: string } }>('/api/audit', upload(many));
    expect(r.status).toBe(413);
    expect(r.body.error.message).toContain('一次最多审核 50 个文件');
  });

  it('refuses a request without files and a non-multipart body with a Chinese message', async () => {
    const empty = await finance.post<{ error: { message: string } }>('/api/audit', new FormData());
    expect(empty.status).toBe(400);
    const json = await finance.post<{ error: { message: string } }>('/api/audit', {});
    expect(json.status).toBe(400);
    expect(json.body.error.message).toContain('multipart/form-data');
  });

  it('is for reviewers: a preparer gets 403, the department reviewer and admin may audit', async () => {
    const body = () => upload([{ name: '004.txt', bytes: seedText('s004') }]);
    const preparer = await clientAs(server, world, 'preparer');
    expect((await preparer.post('/api/audit', body())).status).toBe(403);
    const approver = await clientAs(server, world, 'unitApprover');
    expect((await approver.post('/api/audit', body())).status).toBe(403);
    const department = await clientAs(server, world, 'departmentReviewer');
    expect((await department.post('/api/audit', body())).status).toBe(200);
    expect((await world.admin.post('/api/audit', body())).status).toBe(200);
  });
});
