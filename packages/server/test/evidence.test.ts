import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, evidenceFiles } from '../src/db/schema';
import { formWith, tinyDocx, tinyJpeg, tinyPdf, tinyPng, tinyXlsx, zipOf } from './evidence-fixtures';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, createEvaluation, type World } from './world';

interface Evidence {
  id: string;
  path: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
}
interface ErrorReply {
  error: { message: string };
}
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(BACKENDS)('evidence (佐证材料) on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let preparer: Client;
  let reviewer: Client;
  let approver: Client;

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    preparer = await clientAs(server, world, 'preparer');
    reviewer = await clientAs(server, world, 'departmentReviewer');
    approver = await clientAs(server, world, 'unitApprover');
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(() => {
    delete process.env.JIXIAO_EVIDENCE_EVALUATION_MB;
    delete process.env.JIXIAO_EVIDENCE_PER_PLACE;
    delete process.env.JIXIAO_ORG_QUOTA_MB;
  });

  const upload = (client: Client, id: string, path: string, name: string, bytes: Uint8Array) =>
    client.post<Evidence & ErrorReply>(
      `/api/evaluations/${id}/evidence?path=${encodeURIComponent(path)}`,
      formWith(name, bytes),
    );
  const list = async (client: Client, id: string) =>
    (await client.get<{ files: Evidence[] }>(`/api/evaluations/${id}/evidence`)).body.files;
  const download = (client: Client, path: string) => fetch(server.url + path, { headers: client.headers() });

  it('stores a PDF on an indicator row with its SHA-256, lists it for a reviewer and downloads the same bytes', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    const pdf = tinyPdf('指标佐证');
    const r = await upload(preparer, id, 'indicators.0', '产出数量佐证.pdf', pdf);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      path: 'indicators.0',
      fileName: '产出数量佐证.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: sha256(pdf),
      uploadedBy: world.users.preparer.id,
    });
    const seen = await list(reviewer, id);
    expect(seen.map((f) => f.fileName)).toEqual(['产出数量佐证.pdf']);
    const res = await download(reviewer, `/api/evidence/${r.body.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('产出数量佐证.pdf')}`,
    );
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf);
    const preview = await download(reviewer, `/api/evidence/${r.body.id}?inline=true`);
    expect(preview.headers.get('content-disposition')?.startsWith('inline;')).toBe(true);
  });

  it('takes PNG, JPEG, .docx and .xlsx by their content, on indicator and funds rows', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    const cases: [string, string, Uint8Array, string][] = [
      ['funds.total', '拨款文件.png', tinyPng(), 'image/png'],
      ['funds.fiscalAppropriation', '现场照片.JPG', tinyJpeg(), 'image/jpeg'],
      [
        'indicators.1',
        '验收报告.docx',
        await tinyDocx(),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        'indicators.2',
        '满意度统计.xlsx',
        await tinyXlsx(),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
    ];
    for (const [path, name, bytes, type] of cases) {
      const r = await upload(preparer, id, path, name, bytes);
      expect([name, r.status, r.body.contentType]).toEqual([name, 201, type]);
    }
    expect((await list(preparer, id)).map((f) => f.path).sort()).toEqual([
      'funds.fiscalAppropriation',
      'funds.total',
      'indicators.1',
      'indicators.2',
    ]);
  });

  it('refuses a file whose content does not match its extension, naming the file, and stores nothing', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    const cases: [string, Uint8Array, string][] = [
      ['合同.pdf', tinyPng(), 'PNG 图片'],
      ['照片.png', tinyPdf(), 'PDF 文件'],
      ['报告.docx', await zipOf({ 'a.txt': 'plain' }), '不含 Word 或 Excel 内容的 zip 压缩包'],
      ['报告2.docx', await tinyXlsx(), 'Excel（.xlsx）工作簿'],
      ['表格.xlsx', new TextEncoder().encode('a,b\n1,2\n'), '无法识别的数据'],
    ];
    for (const [name, bytes, found] of cases) {
      const r = await upload(preparer, id, 'indicators.0', name, bytes);
      expect(r.status).toBe(400);
      expect(r.body.error.message).toContain(`文件「${name}」的内容与扩展名`);
      expect(r.body.error.message).toContain(found);
    }
    const other = await upload(preparer, id, 'indicators.0', '说明.txt', new TextEncoder().encode('hi'));
    expect(other.status).toBe(400);
    expect(other.body.error.message).toContain('文件「说明.txt」的类型不受支持');
    expect(await list(preparer, id)).toEqual([]);
  });

  it('refuses a file over 20 MB while it streams (413), and stores nothing', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(tinyPdf());
    const r = await upload(preparer, id, 'indicators.0', '扫描件.pdf', big);
    expect(r.status).toBe(413);
    expect(r.body.error.message).toBe('文件「扫描件.pdf」超过 20 MB，拒绝上传');
    expect(await list(preparer, id)).toEqual([]);
  });

  it('refuses a file that takes the evaluation past its total (200 MB by default, here 0.01 MB)', async () => {
    // 0.01 MB = 10485 bytes (0.01 × 1048576 = 10485.76, truncated): 6000 fit, 6000 + 6000 = 12000 do not.
    process.env.JIXIAO_EVIDENCE_EVALUATION_MB = '0.01';
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    const file = new Uint8Array(6000);
    file.set(tinyPdf());
    expect((await upload(preparer, id, 'indicators.0', 'a.pdf', file)).status).toBe(201);
    const r = await upload(preparer, id, 'indicators.1', 'b.pdf', file);
    expect(r.status).toBe(413);
    expect(r.body.error.message).toBe('这份自评的佐证材料合计不能超过 0.01 MB（已用 0.01 MB），未上传');
    expect((await list(preparer, id)).map((f) => f.fileName)).toEqual(['a.pdf']);
  });

  it('refuses more than the count limit on one row (50 by default, here 2) and still takes another row', async () => {
    process.env.JIXIAO_EVIDENCE_PER_PLACE = '2';
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    for (const n of [1, 2])
      expect((await upload(preparer, id, 'indicators.0', `${n}.pdf`, tinyPdf())).status).toBe(201);
    const r = await upload(preparer, id, 'indicators.0', '3.pdf', tinyPdf());
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('绩效指标第 1 行「');
    expect(r.body.error.message).toContain('已有 2 份佐证材料，达到上限');
    expect((await upload(preparer, id, 'funds.total', '3.pdf', tinyPdf())).status).toBe(201);
  });

  it("counts evidence in the organisation's storage quota: past it an upload is refused (413) and nothing is stored", async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    // 0.001 MB = 1048 bytes: the evaluation's own JSON already takes more, so any file grows the use past it.
    process.env.JIXIAO_ORG_QUOTA_MB = '0.001';
    const r = await upload(preparer, id, 'indicators.0', 'a.pdf', tinyPdf());
    expect(r.status).toBe(413);
    expect(r.body.error.message).toContain('存储配额');
    delete process.env.JIXIAO_ORG_QUOTA_MB;
    expect(await list(preparer, id)).toEqual([]);
  });

  it('keeps the last segment of a sent path without control characters, and encodes the name in the header', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    const r = await upload(preparer, id, 'indicators.0', 'C:\\扫描\\合同(1)\u0000.pdf', tinyPdf());
    expect(r.status).toBe(201);
    expect(r.body.fileName).toBe('合同(1).pdf');
    const res = await download(preparer, `/api/evidence/${r.body.id}`);
    // 合 = E5 90 88, 同 = E5 90 8C in UTF-8; ( and ) are %28 and %29 (RFC 5987 does not allow them bare).
    expect(res.headers.get('content-disposition')).toBe(
      "attachment; filename*=UTF-8''%E5%90%88%E5%90%8C%281%29.pdf",
    );
  });

  it('refuses a place the evaluation does not have, naming it', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    for (const path of ['indicators.99', 'funds.nothing', 'goals.0']) {
      const r = await upload(preparer, id, path, 'a.pdf', tinyPdf());
      expect([path, r.status]).toEqual([path, 400]);
      expect(r.body.error.message).toContain(`佐证材料的位置「${path}」不存在`);
    }
  });

  it('lets readers read and only the preparer of an editable evaluation upload and delete', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    const saved = (await upload(preparer, id, 'indicators.0', 'a.pdf', tinyPdf())).body;
    expect((await upload(reviewer, id, 'indicators.0', 'b.pdf', tinyPdf())).status).toBe(403);
    expect((await approver.delete(`/api/evidence/${saved.id}`)).status).toBe(403);
    for (const role of ['unitApprover', 'departmentReviewer', 'financeReviewer', 'admin'] as const) {
      const client = await clientAs(server, world, role);
      expect([role, (await download(client, `/api/evidence/${saved.id}`)).status]).toEqual([role, 200]);
    }
    // Submitted: locked, for its files as for its figures.
    expect((await preparer.post(`/api/evaluations/${id}/submit`, { version: 1 })).status).toBe(200);
    const late = await upload(preparer, id, 'indicators.0', 'c.pdf', tinyPdf());
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('只有草稿或已退回的自评可以上传或删除佐证材料');
    expect((await preparer.delete(`/api/evidence/${saved.id}`)).status).toBe(409);
    expect((await list(reviewer, id)).length).toBe(1);
  });

  it('deletes a file with an audit line naming who, which file and its checksum', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    const pdf = tinyPdf('to delete');
    const saved = (await upload(preparer, id, 'indicators.0', '旧.pdf', pdf)).body;
    expect((await preparer.delete(`/api/evidence/${saved.id}`)).status).toBe(204);
    expect(await list(preparer, id)).toEqual([]);
    expect((await preparer.delete(`/api/evidence/${saved.id}`)).status).toBe(404);
    const db = server.database.db;
    const lines = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'evidence'), eq(auditLog.entityId, saved.id)));
    expect(lines.map((l) => l.action)).toEqual(['create', 'delete']);
    const deleted = lines[1];
    expect(deleted?.userId).toBe(world.users.preparer.id);
    expect(deleted?.before).toMatchObject({
      fileName: '旧.pdf',
      sha256: sha256(pdf),
      size: pdf.length,
      path: 'indicators.0',
    });
  });

  it('deletes the files with their evaluation, each with an audit line', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    const a = (await upload(preparer, id, 'indicators.0', 'a.pdf', tinyPdf('a'))).body;
    const b = (await upload(preparer, id, 'funds.total', 'b.png', tinyPng())).body;
    expect((await preparer.delete(`/api/evaluations/${id}?version=1`)).status).toBe(204);
    const db = server.database.db;
    expect(
      await db.select({ id: evidenceFiles.id }).from(evidenceFiles).where(eq(evidenceFiles.evaluationId, id)),
    ).toEqual([]);
    for (const file of [a, b]) {
      const lines = await db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.entity, 'evidence'), eq(auditLog.entityId, file.id), eq(auditLog.action, 'delete')),
        );
      expect(lines.map((l) => l.before)).toEqual([
        expect.objectContaining({ fileName: file.fileName, sha256: file.sha256, reason: 'owner deleted' }),
      ]);
    }
  });

  it('bundles the 自评表, the 自评报告 and every file under 佐证材料/<row>/ in one zip', async () => {
    const { id } = await createEvaluation(preparer, world.orgs.u1);
    const detail = (await preparer.get<{ title: string; fiscalYear: number }>(`/api/evaluations/${id}`)).body;
    const pdf = tinyPdf('bundle');
    await upload(preparer, id, 'indicators.0', '证明.pdf', pdf);
    await upload(preparer, id, 'indicators.0', '证明.pdf', tinyPdf('second'));
    await upload(preparer, id, 'funds.total', '拨款.png', tinyPng());
    const res = await download(reviewer, `/api/evaluations/${id}/bundle.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
    const base = `${detail.title}-${detail.fiscalYear}`;
    // seed-001's first indicator is 「项目产出」 (examples/seeds/seed-001.json).
    expect(Object.keys(zip.files).sort()).toEqual(
      [
        `${base}.xlsx`,
        `${base}-自评报告.docx`,
        '佐证材料/绩效指标01-项目产出/证明.pdf',
        '佐证材料/绩效指标01-项目产出/证明 (2).pdf',
        '佐证材料/资金-年度资金总额/拨款.png',
      ].sort(),
    );
    expect(await zip.file('佐证材料/绩效指标01-项目产出/证明.pdf')?.async('uint8array')).toEqual(pdf);
    const xlsx = await zip.file(`${base}.xlsx`)?.async('uint8array');
    expect(xlsx?.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it('answers 404 for a rectification item while no ledger is wired, and 403 to a role that may not write', async () => {
    const item = '00000000-0000-4000-8000-000000000001';
    expect((await preparer.get(`/api/rectification/${item}/evidence`)).status).toBe(404);
    expect(
      (await preparer.post(`/api/rectification/${item}/evidence`, formWith('a.pdf', tinyPdf()))).status,
    ).toBe(404);
    expect(
      (await reviewer.post(`/api/rectification/${item}/evidence`, formWith('a.pdf', tinyPdf()))).status,
    ).toBe(403);
  });
});
