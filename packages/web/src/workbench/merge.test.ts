import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameContent } from './diff';
import { emptyDraft, withRowIds } from './draft';
import { merge3 } from './merge';

const row = (id: string, name: string, weight = '10') => ({ id, level1: '产出指标', name, weight });

const rowA = row('a', '新增科技型企业数量', '15');
const rowB = row('b', '技术合同认定个数');
const base = {
  unit: { name: '重庆市璧山区科学技术局' },
  funds: { total: { adjustedBudget: '2851.19', executed: '1209.56' } },
  narrative: { problems: '问题' },
  indicators: [rowA, rowB],
};

describe('merge3', () => {
  it('takes a field changed on one side only, whichever side it is', () => {
    const mine = { ...base, funds: { total: { adjustedBudget: '2851.19', executed: '1300.00' } } };
    const theirs = { ...base, narrative: { problems: '资金到位较晚' } };
    const { merged, conflicts } = merge3(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.funds.total.executed).toBe('1300.00');
    expect(merged.narrative.problems).toBe('资金到位较晚');
  });

  it('keeps a row the other tab added and the field edits this tab made to other rows', () => {
    const theirs = { ...base, indicators: [...base.indicators, row('c', '新增专利数量', '5')] };
    const mine = {
      ...base,
      unit: { name: '璧山区科技局' },
      indicators: [row('a', '新增科技型企业数量', '20'), row('b', '技术合同认定个数')],
    };
    const { merged, conflicts } = merge3(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.unit.name).toBe('璧山区科技局');
    expect(merged.indicators).toEqual([
      row('a', '新增科技型企业数量', '20'),
      row('b', '技术合同认定个数'),
      row('c', '新增专利数量', '5'),
    ]);
  });

  it('merges two edits of different fields of the same row', () => {
    const mine = { ...base, indicators: [row('a', '新增科技型企业数量', '20'), rowB] };
    const theirs = { ...base, indicators: [row('a', '新增科技企业数', '15'), rowB] };
    const { merged, conflicts } = merge3(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.indicators[0]).toEqual(row('a', '新增科技企业数', '20'));
  });

  it('asks only about a field both sides changed differently, and settles it as chosen', () => {
    const mine = { ...base, narrative: { problems: '甲' }, unit: { name: '乙单位' } };
    const theirs = { ...base, narrative: { problems: '丙' } };
    const asked = merge3(base, mine, theirs);
    expect(asked.conflicts).toEqual([
      { key: 'narrative.problems', path: 'narrative.problems', base: '问题', mine: '甲', theirs: '丙' },
    ]);
    expect(asked.merged.narrative.problems).toBe('甲');
    const settled = merge3(base, mine, theirs, (key) => (key === 'narrative.problems' ? 'theirs' : 'mine'));
    expect(settled.merged.narrative.problems).toBe('丙');
    expect(settled.merged.unit.name).toBe('乙单位');
  });

  it('names a conflicting row field by the row it is in after the merge, and by id for choosing', () => {
    const theirs = {
      ...base,
      indicators: [row('c', '新增专利数量'), row('a', '新增科技型企业数量', '12'), rowB],
    };
    const mine = { ...base, indicators: [row('a', '新增科技型企业数量', '18'), rowB] };
    const { conflicts, merged } = merge3(base, mine, theirs);
    expect(conflicts.map((c) => [c.key, c.path, c.mine, c.theirs])).toEqual([
      ['indicators#a.weight', 'indicators[1].weight', '18', '12'],
    ]);
    expect(merged.indicators.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('removes a row one side deleted when the other left it alone', () => {
    const theirs = { ...base, indicators: [rowA] };
    const mine = { ...base, unit: { name: '新名' } };
    const { merged, conflicts } = merge3(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.indicators.map((r) => r.id)).toEqual(['a']);
  });

  it('asks about a row one side deleted and the other edited, keeping or dropping it whole', () => {
    const theirs = { ...base, indicators: [rowA] };
    const edited = row('b', '技术合同认定个数', '12');
    const mine = { ...base, indicators: [rowA, edited] };
    const asked = merge3(base, mine, theirs);
    expect(asked.conflicts).toEqual([
      { key: 'indicators#b', path: 'indicators[1]', base: rowB, mine: edited, theirs: undefined },
    ]);
    expect(asked.merged.indicators).toEqual([rowA, edited]);
    expect(merge3(base, mine, theirs, () => 'theirs').merged.indicators).toEqual([rowA]);
  });

  it('follows the side that reordered rows, placing the other side’s new row after its predecessor', () => {
    const theirs = { ...base, indicators: [rowB, rowA] };
    const mine = { ...base, indicators: [rowA, row('n', '新行'), rowB] };
    const { merged, conflicts } = merge3(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.indicators.map((r) => r.id)).toEqual(['b', 'a', 'n']);
  });

  it('treats an emptied field and a missing one alike, so clearing what the other never had is no conflict', () => {
    const b = { narrative: { problems: '' } };
    const { conflicts, merged } = merge3(b, { narrative: {} }, { narrative: { problems: '' } });
    expect(conflicts).toEqual([]);
    expect(sameContent(merged, {})).toBe(true);
  });

  it('merges lists without ids item by item while their length is the same, else as one value', () => {
    const b = { goals: [{ expected: '甲' }, { expected: '乙' }] };
    const m = { goals: [{ expected: '甲1' }, { expected: '乙' }] };
    const t = { goals: [{ expected: '甲' }, { expected: '乙', actual: '完成' }] };
    expect(merge3(b, m, t).merged.goals).toEqual([{ expected: '甲1' }, { expected: '乙', actual: '完成' }]);
    const longer = { goals: [...b.goals, { expected: '丙' }] };
    expect(merge3(b, m, longer).conflicts.map((c) => c.key)).toEqual(['goals']);
  });

  it('gives rows without ids the same ids in every tab that loads the same version', () => {
    const loaded = {
      ...emptyDraft('project', 2024, '单位', 'mof-2020'),
      indicators: [{ level1: '产出指标', name: 'A', weight: '1' }, row('row1', 'B')],
    };
    // The first row is the first of its version ("row1"), but another row already holds that id.
    expect(withRowIds(loaded).indicators?.map((r) => r.id)).toEqual(['row1x', 'row1']);
    expect(withRowIds(loaded)).toEqual(withRowIds(loaded));
  });
});

/** A small evaluation-like value: a few text fields and rows with ids. */
const FIELDS = ['name', 'weight', 'target'] as const;
const TOP = ['unitName', 'executed', 'problems', 'conclusion'] as const;
const text = fc.string({ minLength: 1, maxLength: 4 });
const rowArb = (id: string) => fc.record({ id: fc.constant(id), name: text, weight: text, target: text });
const docArb = fc
  .tuple(
    fc.record({ unitName: text, executed: text, problems: text, conclusion: text }),
    fc.integer({ min: 0, max: 5 }),
  )
  .chain(([top, n]) =>
    fc.tuple(fc.constant(top), fc.tuple(...Array.from({ length: n }, (_, i) => rowArb(`r${i}`)))),
  )
  .map(([top, rows]) => ({ ...top, indicators: rows as { id: string; [k: string]: string }[] }));

describe('merge3 properties', () => {
  it('gives mine back when theirs is the base, and theirs back when mine is the base', () => {
    fc.assert(
      fc.property(docArb, docArb, (b, x) => {
        expect(merge3(b, x, b)).toEqual({ merged: x, conflicts: [] });
        expect(merge3(b, b, x)).toEqual({ merged: x, conflicts: [] });
      }),
    );
  });

  it('keeps both sides’ edits when they touch different fields and rows, asking nothing', () => {
    const owner = fc.constantFrom('none', 'mine', 'theirs');
    fc.assert(
      fc.property(
        docArb.chain((b) =>
          fc.tuple(
            fc.constant(b),
            fc.array(owner, { minLength: TOP.length, maxLength: TOP.length }),
            fc.array(
              fc.record({
                fate: fc.constantFrom('keep', 'mineDeletes', 'theirsDeletes'),
                fields: fc.array(owner, { minLength: 3, maxLength: 3 }),
              }),
              { minLength: b.indicators.length, maxLength: b.indicators.length },
            ),
            fc.boolean(),
            fc.boolean(),
          ),
        ),
        ([b, topOwners, rowPlans, mineAdds, theirsAdds]) => {
          const edit = (side: 'mine' | 'theirs') => {
            const doc: Record<string, unknown> = { ...b };
            TOP.forEach((k, i) => {
              if (topOwners[i] === side) doc[k] = `${b[k]}·${side}`;
            });
            const rows = b.indicators.flatMap((r, i) => {
              const plan = rowPlans[i];
              if (!plan) return [r];
              if (plan.fate === `${side}Deletes`) return [];
              const out = { ...r };
              FIELDS.forEach((f, j) => {
                if (plan.fate === 'keep' && plan.fields[j] === side) out[f] = `${r[f]}·${side}`;
              });
              return [out];
            });
            const added = side === 'mine' ? mineAdds : theirsAdds;
            doc.indicators = added
              ? [...rows, { id: `new-${side}`, name: side, weight: '1', target: 't' }]
              : rows;
            return doc;
          };
          const mine = edit('mine');
          const theirs = edit('theirs');
          const { merged, conflicts } = merge3<Record<string, unknown>>(b, mine, theirs);
          expect(conflicts).toEqual([]);
          TOP.forEach((k, i) => {
            const from = topOwners[i] === 'none' ? b : topOwners[i] === 'mine' ? mine : theirs;
            expect(merged[k]).toBe(from[k]);
          });
          const got = new Map((merged.indicators as { id: string }[]).map((r) => [r.id, r]));
          const expected = new Map<string, unknown>();
          b.indicators.forEach((r, i) => {
            const plan = rowPlans[i];
            if (plan?.fate !== 'keep') return;
            const out: Record<string, string> = { ...r };
            FIELDS.forEach((f, j) => {
              if (plan.fields[j] !== 'none') out[f] = `${r[f]}·${plan.fields[j]}`;
            });
            expected.set(r.id, out);
          });
          if (mineAdds) expected.set('new-mine', { id: 'new-mine', name: 'mine', weight: '1', target: 't' });
          if (theirsAdds)
            expected.set('new-theirs', { id: 'new-theirs', name: 'theirs', weight: '1', target: 't' });
          expect(got).toEqual(expected);
        },
      ),
    );
  });
});
