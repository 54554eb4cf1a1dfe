import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zerosDeflated, zip } from '../../formats/src/file/hostile-zip';
import { jobFiles, jobs } from '../src/db/schema';
import { BACKENDS, startTestServer, type TestServer } from './harness';
import { form } from './import-workbooks';
import { buildWorld, clientAs, type World } from './world';

const MB = 1024 * 1024;
type ErrorReply = { error: { code: string; message: string; issues?: unknown[] } };

describe.each(BACKENDS)('uploads are refused past their route limit while streaming, on %s', (backend) => {
  let server: TestServer;
  let world: World;
  const stored = async () => ({
    jobs: (await server.database.db.select({ n: count() }).from(jobs))[0]?.n,
    files: (await server.database.db.select({ n: count() }).from(jobFiles))[0]?.n,
  });

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a 31 MB file on the import-jobs route with 413, storing no job and no bytes', async () => {
    const before = await stored();
    const finance = await clientAs(server, world, 'financeReviewer');
    const r = await finance.post<ErrorReply>(
      `/api/organisations/${world.orgs.b1}/import-jobs`,
      form([{ name: '大文件.xlsx', bytes: Buffer.alloc(31 * MB) }]),
    );
    expect(r.status).toBe(413);
    expect(r.body.error).toMatchObject({
      code: 'TOO_LARGE',
      message: '文件「大文件.xlsx」超过 30 MB，拒绝上传',
    });
    expect(await stored()).toEqual(before);
  });

  it('refuses a zip bomb on the import-jobs route in the request (400), storing no job and no bytes', async () => {
    const before = await stored();
    const finance = await clientAs(server, world, 'financeReviewer');
    // 120 MB of zeros behind headers that claim 1 kB: over the 100 MB budget whatever the headers say.
    const bomb = zip([
      { name: 'xl/worksheets/sheet1.xml', method: 8, data: await zerosDeflated(120), declaredSize: 1000 },
    ]);
    const r = await finance.post<ErrorReply>(
      `/api/organisations/${world.orgs.b1}/import-jobs`,
      form([{ name: '炸弹.xlsx', bytes: Buffer.from(bomb) }]),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('文件「炸弹.xlsx」过大，拒绝读取：解压后超过 100 MB');
    expect(await stored()).toEqual(before);
  });

  it('refuses bulk-import files that together pass 50 MB, though each is under 30 MB', async () => {
    const finance = await clientAs(server, world, 'financeReviewer');
    const r = await finance.post<ErrorReply>(
      `/api/organisations/${world.orgs.b1}/imports`,
      form([
        { name: 'a.xlsx', bytes: Buffer.alloc(26 * MB) },
        { name: 'b.xlsx', bytes: Buffer.alloc(26 * MB) },
      ]),
    );
    expect(r.status).toBe(413);
    expect(r.body.error.message).toBe('上传文件合计超过 50 MB，请分批上传');
  });

  it('refuses a single evaluation file over 20 MB before reading it', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const r = await preparer.post<ErrorReply>(
      `/api/organisations/${world.orgs.u1}/evaluations/import`,
      form([{ name: '自评表.xlsx', bytes: Buffer.alloc(21 * MB) }]),
    );
    expect(r.status).toBe(413);
    expect(r.body.error.message).toBe('文件「自评表.xlsx」超过 20 MB，拒绝上传');
  });

  it('accepts a file of exactly the limit as far as the reader, which then judges its content', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const r = await preparer.post<ErrorReply>(
      `/api/organisations/${world.orgs.u1}/evaluations/import`,
      form([{ name: '空白.csv', bytes: Buffer.alloc(20 * MB, 0x20) }]),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('UNREADABLE_FILE');
  });

  it('refuses three 1.9 MB workbooks that inflate to 1.9 GB each, sent at once, without the server growing past 300 MB', async () => {
    const bomb = Buffer.from(
      zip([
        { name: 'xl/worksheets/sheet1.xml', method: 8, data: await zerosDeflated(1900), declaredSize: 1000 },
      ]),
    );
    const finance = await clientAs(server, world, 'financeReviewer');
    const before = process.memoryUsage().rss;
    const replies = await Promise.all(
      ['a', 'b', 'c'].map((n) =>
        finance.post<ErrorReply>(
          `/api/organisations/${world.orgs.b1}/imports`,
          form([{ name: `${n}.xlsx`, bytes: bomb }]),
        ),
      ),
    );
    const grewMb = (process.memoryUsage().rss - before) / MB;
    expect(replies.map((r) => r.status)).toEqual([400, 400, 400]);
    expect(replies[0]?.body.error.issues).toEqual([
      {
        key: 'sheet.refusedIssue',
        message: '解压后超过 100 MB；自评表通常只有几百 KB，请检查是否选错了文件',
        location: { path: '', file: 'a.xlsx' },
      },
    ]);
    expect(grewMb).toBeLessThan(300);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});

describe.each(BACKENDS)(
  'a broken multipart body is a 400 naming the problem, never a 500, on %s',
  (backend) => {
    let server: TestServer;
    let world: World;
    beforeAll(async () => {
      server = await startTestServer(backend);
      world = await buildWorld(server);
    });
    afterAll(async () => {
      await server?.close();
    });

    const broken = [
      ['without a boundary', 'multipart/form-data', '--x\r\n'],
      [
        'cut off inside a file',
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\u0003\u0004',
      ],
    ] as const;

    it.each(broken)('refuses a body %s on every upload route', async (_, contentType, body) => {
      const finance = await clientAs(server, world, 'financeReviewer');
      const preparer = await clientAs(server, world, 'preparer');
      const routes = [
        [finance, `/api/organisations/${world.orgs.b1}/imports`],
        [finance, `/api/organisations/${world.orgs.b1}/import-jobs`],
        [preparer, `/api/organisations/${world.orgs.u1}/evaluations/import`],
        [preparer, `/api/organisations/${world.orgs.u1}/evaluations/import/preview`],
        [finance, '/api/audit'],
      ] as const;
      for (const [client, path] of routes) {
        const r = await fetch(server.url + path, {
          method: 'POST',
          headers: {
            ...client.headers(),
            'x-csrf-token': client.csrfToken ?? '',
            'content-type': contentType,
          },
          body,
        });
        const reply = (await r.json()) as ErrorReply;
        expect({ path, status: r.status, message: reply.error.message }).toEqual({
          path,
          status: 400,
          message: '上传内容不完整或格式错误（multipart/form-data），请重新上传',
        });
      }
    });
  },
);
