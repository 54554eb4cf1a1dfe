import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from './endpoints';

/** Records what the app sends and answers with a fixed JSON body. */
function stubFetch(body: unknown) {
  const calls: { url: string; init?: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    calls.push({ url, ...(init ? { init } : {}) });
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('workflow endpoints', () => {
  it('sends acknowledged warnings as `acknowledgements`, not folded into the comment', async () => {
    const calls = stubFetch({});
    const ack = { code: 'flag.red', path: 'funds.total.executed', note: '资金紧张，执行偏低' };
    await api.submit('e1', 3, [ack]);
    expect(calls[0]?.url).toBe('/api/evaluations/e1/submit');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ version: 3, acknowledgements: [ack] });
  });

  it('asks the server to filter by has-errors and leaves the filter out when unset', async () => {
    const calls = stubFetch({ items: [], total: 0 });
    await api.listEvaluations({ fiscalYear: 2022, hasErrors: true });
    await api.listEvaluations({ fiscalYear: 2022 });
    expect(calls.map((c) => c.url)).toEqual([
      '/api/evaluations?fiscalYear=2022&hasErrors=true',
      '/api/evaluations?fiscalYear=2022',
    ]);
  });

  it('fills the path parameter, encoded, and reads the items of the answer', async () => {
    const calls = stubFetch({
      items: [{ at: '2026-01-02T00:00:00Z', action: 'return', toStatus: 'returned', comment: '请说明' }],
    });
    const rows = await api.history('a/b c');
    expect(calls[0]?.url).toBe('/api/evaluations/a%2Fb%20c/history');
    expect(rows.map((r) => [r.action, r.toStatus, r.comment])).toEqual([['return', 'returned', '请说明']]);
  });

  it('exports the overview from /api/reports/overview.xlsx with year and organisation', async () => {
    const calls = stubFetch({});
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => {} }));
    await api.exportOverview({ fiscalYear: 2022, organisationId: 'o1', hasErrors: true }).catch(() => {});
    expect(calls[0]?.url).toBe('/api/reports/overview.xlsx?fiscalYear=2022&organisationId=o1');
  });
});
