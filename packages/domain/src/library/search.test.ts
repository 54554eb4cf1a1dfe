import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorLibraryEntry } from './entry';
import { searchLibrary } from './search';

function entry(id: string, name: string, over: Partial<IndicatorLibraryEntry> = {}): IndicatorLibraryEntry {
  return {
    id,
    level1: '产出指标',
    level2: '数量指标',
    name,
    categories: ['general'],
    comparator: '>=',
    unit: '次',
    quantitative: true,
    guidance: '写明次数',
    ...over,
  };
}

const KEPU = entry('output.quantity.kepu', '开展科普活动次数', { categories: ['popularScience'] });
const TRAINING = entry('output.quantity.training', '开展培训次数', { guidance: '写明培训次数，含科普培训' });
const FARM = entry('output.quantity.farm', '培训农民人次', { categories: ['agriculture'] });
const SATISFACTION = entry('satisfaction.beneficiary.service', '服务对象满意度', {
  level1: '满意度指标',
  level2: '服务对象满意度指标',
  unit: '%',
});
const OLD = entry('output.quantity.old', '科普挂图张数', { categories: ['popularScience'], retired: true });
const ALL = [TRAINING, FARM, KEPU, SATISFACTION, OLD];
const ids = (list: readonly IndicatorLibraryEntry[]) => list.map((e) => e.id);

describe('searchLibrary', () => {
  it('finds by words of the name, whatever the width and spacing', () => {
    expect(ids(searchLibrary(ALL, { query: '科普活动' }))).toEqual([KEPU.id]);
    expect(ids(searchLibrary(ALL, { query: '科普 活动' }))).toEqual([KEPU.id]);
    expect(ids(searchLibrary(ALL, { query: '科 普活动' }))).toEqual([KEPU.id]);
  });

  it('matches full-width letters and digits typed in the query', () => {
    const ratio = entry('output.quality.pm25', 'ＰＭ2.5 达标天数', { unit: '天' });
    expect(ids(searchLibrary([ratio], { query: 'pm２．５' }))).toEqual([ratio.id]);
  });

  it('finds by the guidance too, but ranks name matches first', () => {
    // KEPU has 科普 in its name (rank 0); TRAINING only in its guidance (rank 1)
    expect(ids(searchLibrary(ALL, { query: '科普' }))).toEqual([KEPU.id, TRAINING.id]);
  });

  it('leaves retired entries out unless asked', () => {
    expect(ids(searchLibrary(ALL, { query: '挂图' }))).toEqual([]);
    expect(ids(searchLibrary(ALL, { query: '挂图', includeRetired: true }))).toEqual([OLD.id]);
  });

  it("keeps a category's entries and the general ones, the category's first", () => {
    // agriculture: FARM (own, rank 0), then the general TRAINING and SATISFACTION (rank 2) in library order
    expect(ids(searchLibrary(ALL, { category: 'agriculture' }))).toEqual([
      FARM.id,
      TRAINING.id,
      SATISFACTION.id,
    ]);
    expect(ids(searchLibrary(ALL, { category: 'agriculture', query: '培训' }))).toEqual([
      FARM.id,
      TRAINING.id,
    ]);
  });

  it('filters by 一级指标', () => {
    expect(ids(searchLibrary(ALL, { level1: '满意度指标' }))).toEqual([SATISFACTION.id]);
  });

  it('needs every word of the query', () => {
    expect(ids(searchLibrary(ALL, { query: '培训 农民' }))).toEqual([FARM.id]);
    expect(ids(searchLibrary(ALL, { query: '培训 满意' }))).toEqual([]);
  });

  it('returns every active entry in library order for an empty query', () => {
    expect(ids(searchLibrary(ALL, { query: '  ' }))).toEqual([
      TRAINING.id,
      FARM.id,
      KEPU.id,
      SATISFACTION.id,
    ]);
  });

  it('returns only entries it was given, each at most once, and every entry whose name holds the query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), (query) => {
        const found = searchLibrary(ALL, { query, includeRetired: true });
        expect(new Set(found).size).toBe(found.length);
        for (const e of found) expect(ALL).toContain(e);
        const q = query.replace(/\s+/g, '');
        if (q !== '' && q === query) {
          for (const e of ALL) if (e.name.includes(q)) expect(found).toContain(e);
        }
      }),
    );
  });
});
