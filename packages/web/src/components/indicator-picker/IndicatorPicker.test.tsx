// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderInApp, session } from '../../test/render';
import { IndicatorPicker } from './IndicatorPicker';
import type { LibraryItem } from './library-api';

const served = (id: string, name: string, over: Partial<LibraryItem> = {}): LibraryItem => ({
  id,
  level1: '产出指标',
  level2: '数量指标',
  name,
  categories: ['popularScience'],
  comparator: '>=',
  unit: '次',
  quantitative: true,
  guidance: `写明${name}`,
  builtin: true,
  version: 1,
  updatedAt: null,
  updatedBy: null,
  ...over,
});
const KEPU = served('output.quantity.kepu-activities', '开展科普活动次数');
const LECTURES = served('output.quantity.kepu-lectures', '举办科普讲座场次', { unit: '场' });
const AWARENESS = served('benefit.social.kepu-awareness', '公众科学意识提升情况', {
  level1: '效益指标',
  level2: '社会效益指标',
  comparator: 'qualitative',
  unit: undefined,
  quantitative: false,
});

/** The library searches the stand-in server saw, as their query strings. */
let searches: URLSearchParams[] = [];

beforeEach(() => {
  searches = [];
  vi.stubGlobal('fetch', async (input: string | URL | Request) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://x',
    );
    if (url.pathname === '/api/session') return new Response(JSON.stringify(session('u1', '张填报')));
    if (url.pathname !== '/api/indicator-library') return new Response('{}', { status: 404 });
    searches.push(url.searchParams);
    const words = url.searchParams.get('query') ?? '';
    const items = [KEPU, LECTURES, AWARENESS].filter((i) => i.name.includes(words));
    return new Response(JSON.stringify({ items }), { headers: { 'content-type': 'application/json' } });
  });
});

describe('IndicatorPicker', () => {
  it("shows each result's path, name, comparator with unit, and guidance", async () => {
    renderInApp(<IndicatorPicker onPick={vi.fn()} />);
    const options = await screen.findAllByTestId('library-option');
    expect(options).toHaveLength(3);
    expect(options[0]?.textContent).toBe('产出指标数量指标开展科普活动次数≥ 次写明开展科普活动次数');
    expect(options[2]?.textContent).toContain('定性');
  });

  it("asks the library for the project's category first", async () => {
    renderInApp(<IndicatorPicker category="popularScience" onPick={vi.fn()} />);
    await screen.findAllByTestId('library-option');
    expect(searches.at(-1)?.get('category')).toBe('popularScience');
  });

  it('searches as one types and is used by keyboard: ↓ moves, Enter takes the entry without its server fields', async () => {
    const onPick = vi.fn();
    renderInApp(<IndicatorPicker onPick={onPick} />);
    const box = await screen.findByRole('combobox', { name: '搜索指标库' });
    fireEvent.change(box, { target: { value: '科普' } });
    await waitFor(() => expect(searches.at(-1)?.get('query')).toBe('科普'));
    await waitFor(() => expect(screen.getAllByTestId('library-option')).toHaveLength(2));
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledTimes(1);
    const { builtin: _b, version: _v, updatedAt: _u, updatedBy: _by, ...entry } = LECTURES;
    expect(onPick).toHaveBeenCalledWith(entry);
  });

  it('takes an entry on click, and says so when nothing fits', async () => {
    const onPick = vi.fn();
    renderInApp(<IndicatorPicker onPick={onPick} />);
    fireEvent.click((await screen.findAllByTestId('library-option'))[0] as HTMLElement);
    expect(onPick.mock.calls[0]?.[0]).toMatchObject({ id: KEPU.id });
    fireEvent.change(screen.getByRole('combobox', { name: '搜索指标库' }), {
      target: { value: '没有这种指标' },
    });
    expect(await screen.findByText('没有符合的指标，换个词试试，或在表中直接填写')).toBeTruthy();
  });
});
