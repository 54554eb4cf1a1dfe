import { BUILTIN_INDICATOR_LIBRARY, type IndicatorLibraryEntry } from '@jixiao/domain';
import { readLibraryXlsx, writeLibraryXlsx } from '@jixiao/formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type Client, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, type World } from './world';

interface Item {
  id: string;
  name: string;
  retired?: boolean;
  builtin: boolean;
  version: number;
  categories: string[];
}
interface ErrorReply {
  error: { message: string; issues?: { message: string; location?: { label?: string } }[] };
}

const NEW_ENTRY: Omit<IndicatorLibraryEntry, 'id'> = {
  level1: '产出指标',
  level2: '数量指标',
  name: '开展青少年科技夏令营期数',
  categories: ['popularScience'],
  comparator: '>=',
  unit: '期',
  basis: 'plan',
  quantitative: true,
  guidance: '写明期数，如 ≥2期',
};

function xlsxForm(bytes: Uint8Array, name = '指标库.xlsx'): FormData {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from(bytes)]), name);
  return form;
}

describe.each(BACKENDS)('the indicator library over HTTP on %s', (backend) => {
  let server: TestServer;
  let world: World;
  let finance: Client;
  let preparer: Client;

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
    finance = await clientAs(server, world, 'financeReviewer');
    preparer = await clientAs(server, world, 'preparer');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves the builtin library to any signed-in user, searched by words and category', async () => {
    const all = await preparer.get<{ items: Item[] }>('/api/indicator-library');
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(BUILTIN_INDICATOR_LIBRARY.length);
    const found = await preparer.get<{ items: Item[] }>(
      `/api/indicator-library?query=${encodeURIComponent('科普 活动')}&category=popularScience`,
    );
    expect(found.body.items[0]?.id).toBe('output.quantity.kepu-activities');
    expect(found.body.items[0]).toMatchObject({ builtin: true, version: 1 });
  });

  it('adds an entry with an id made from its names, and refuses the same one twice', async () => {
    const added = await finance.post<Item>('/api/indicator-library', NEW_ENTRY);
    expect(added.status).toBe(201);
    expect(added.body.id).toMatch(/^custom\.[0-9a-f]{8}$/);
    expect(added.body).toMatchObject({ builtin: false, version: 1, name: NEW_ENTRY.name });
    const again = await finance.post('/api/indicator-library', NEW_ENTRY);
    expect(again.status).toBe(409);
    const taken = await finance.post('/api/indicator-library', {
      ...NEW_ENTRY,
      id: 'output.quantity.kepu-activities',
    });
    expect(taken.status).toBe(409);
  });

  it('refuses a quantitative entry without a unit, naming the field in Chinese', async () => {
    const r = await finance.post<ErrorReply>('/api/indicator-library', {
      ...NEW_ENTRY,
      name: '无单位',
      unit: undefined,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues?.[0]).toMatchObject({
      message: '定量指标须填写度量单位',
      location: { label: '度量单位' },
    });
  });

  it('edits a builtin entry with the version check: version 1 stores version 2, a second edit at 1 is refused', async () => {
    const id = 'output.quantity.kepu-lectures';
    const first = await finance.patch<Item>(`/api/indicator-library/${id}`, { version: 1, unit: '期' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ builtin: true, version: 2 });
    const stale = await world.admin.patch(`/api/indicator-library/${id}`, { version: 1, unit: '次' });
    expect(stale.status).toBe(409);
    const renamed = await finance.patch(`/api/indicator-library/${id}`, { version: 2, id: 'other.id' });
    expect(renamed.status).toBe(400);
    const history = await world.admin.get<{ items: { entity: string; entityId: string }[] }>(
      `/api/audit-log?entity=indicatorLibraryEntry`,
    );
    expect(history.body.items.some((e) => e.entityId === id)).toBe(true);
  });

  it('retires an entry out of the search and restores it', async () => {
    const id = 'output.quantity.kepu-materials';
    const retired = await finance.post<Item>(`/api/indicator-library/${id}/retire`, { version: 1 });
    expect(retired.body).toMatchObject({ retired: true, version: 2 });
    const search = await preparer.get<{ items: Item[] }>(
      `/api/indicator-library?query=${encodeURIComponent('科普资料')}`,
    );
    expect(search.body.items).toEqual([]);
    const withRetired = await preparer.get<{ items: Item[] }>(
      `/api/indicator-library?query=${encodeURIComponent('科普资料')}&includeRetired=true`,
    );
    expect(withRetired.body.items.map((i) => i.id)).toEqual([id]);
    const restored = await finance.post<Item>(`/api/indicator-library/${id}/restore`, { version: 2 });
    expect(restored.body.version).toBe(3);
    expect(restored.body.retired).toBeUndefined();
  });

  it('exports the library as a workbook that reads back to what it serves', async () => {
    const res = await fetch(`${server.url}/api/indicator-library/export.xlsx`, {
      headers: preparer.headers(),
    });
    expect(res.status).toBe(200);
    const read = await readLibraryXlsx(new Uint8Array(await res.arrayBuffer()), 'export.xlsx');
    const served = await preparer.get<{ items: Item[] }>('/api/indicator-library?includeRetired=true');
    expect(read.map((e) => e.id)).toEqual(served.body.items.map((i) => i.id));
    expect(read.find((e) => e.id === 'output.quantity.kepu-lectures')?.unit).toBe('期');
  });

  it('previews an import without writing, then imports it all at once', async () => {
    const builtin = BUILTIN_INDICATOR_LIBRARY.find((e) => e.id === 'output.quantity.kepu-bases');
    if (!builtin) throw new Error('builtin entry missing');
    const sheet = await writeLibraryXlsx([
      { ...builtin, guidance: '写明新建和认定的基地数，如 ≥2个' },
      { ...NEW_ENTRY, id: 'output.quantity.science-camps-2' },
      BUILTIN_INDICATOR_LIBRARY[0] ?? builtin,
    ]);
    const preview = await finance.post('/api/indicator-library/import?preview=true', xlsxForm(sheet));
    expect(preview.body).toEqual({
      added: ['output.quantity.science-camps-2'],
      changed: ['output.quantity.kepu-bases'],
      unchanged: 1,
      applied: false,
    });
    expect((await finance.get('/api/indicator-library/output.quantity.science-camps-2')).status).toBe(404);
    const applied = await finance.post('/api/indicator-library/import', xlsxForm(sheet));
    expect(applied.body).toMatchObject({ applied: true, unchanged: 1 });
    expect((await finance.get('/api/indicator-library/output.quantity.science-camps-2')).status).toBe(200);
    const bases = await finance.get<{ guidance: string; version: number }>(
      '/api/indicator-library/output.quantity.kepu-bases',
    );
    expect(bases.body).toMatchObject({ guidance: '写明新建和认定的基地数，如 ≥2个', version: 2 });
  });

  it('imports nothing from a workbook with one bad row, and says where', async () => {
    const good = {
      ...NEW_ENTRY,
      id: 'output.quantity.never-imported',
      comparator: '>=' as const,
      basis: 'plan' as const,
    };
    const bad = { ...good, id: 'output.quantity.bad-row', unit: undefined };
    const sheet = await writeLibraryXlsx([good, bad]);
    const r = await finance.post<ErrorReply>('/api/indicator-library/import', xlsxForm(sheet, 'bad.xlsx'));
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('文件「bad.xlsx」中的指标库有 1 处问题，未导入任何条目');
    expect((await finance.get('/api/indicator-library/output.quantity.never-imported')).status).toBe(404);
  });
});
