import { targetDeclarationSchema } from '@jixiao/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDeclarationXlsx } from './read';
import { writeDeclarationXlsx } from './write';

/** Words from characters no label, numeral or date word of the form uses, so they read as plain text. */
const word = fc
  .array(fc.constantFrom('科', '普', '活', '动', '群', '众', '服', '务', '质', '效', '能', '提', '升'), {
    minLength: 1,
    maxLength: 8,
  })
  .map((cs) => cs.join(''));
/** A decimal in the canonical form a number cell reads back as ("12.5", never "12.50"). */
const decimal = (min: number) =>
  fc
    .tuple(fc.integer({ min, max: 99_999 }), fc.integer({ min: 0, max: 99 }))
    .map(([i, f]) => (f === 0 ? String(i) : `${i}.${String(f).padStart(2, '0')}`.replace(/0$/, '')));
const target = fc.oneof(
  fc.record({
    comparator: fc.constantFrom('>=', '<=', '='),
    value: decimal(0),
    unit: fc.constantFrom('个', '场', '%', '万元', '人次'),
  }),
  fc.record({ comparator: fc.constant('qualitative'), text: word }),
);
const indicator = fc.record(
  {
    level1: fc.constantFrom('产出指标', '效益指标', '满意度指标'),
    level2: word,
    name: word,
    weight: decimal(1),
    target,
    basis: fc.constantFrom('plan', 'industry', 'history', 'other'),
    core: fc.boolean(),
    libraryId: word,
  },
  { requiredKeys: ['level1', 'name', 'weight', 'target', 'core'] },
);
const funds = fc.record(
  { total: decimal(0), fiscalAppropriation: decimal(0), otherFunds: decimal(0) },
  { requiredKeys: [] },
);
const declaration = fc
  .record({
    kind: fc.constantFrom('project', 'unitWide'),
    fiscalYear: fc.integer({ min: 2000, max: 2100 }),
    unit: fc.record({ name: word, department: word }),
    projectName: word,
    funds: fc.record({ annual: funds, midTerm: funds }, { requiredKeys: ['annual'] }),
    goals: fc.record({ midTerm: word, annual: word }, { requiredKeys: [] }),
    mainTasks: fc.array(
      fc.record({ name: word, content: word, budget: funds }, { requiredKeys: ['name', 'budget'] }),
      { maxLength: 3 },
    ),
    indicators: fc.array(indicator, { minLength: 1, maxLength: 8 }),
  })
  .map(({ projectName, mainTasks, ...d }) =>
    targetDeclarationSchema.parse({
      ...d,
      ...(d.kind === 'project' ? { project: { name: projectName } } : { mainTasks }),
    }),
  );

describe('申报表 .xlsx round trip (property)', () => {
  it('write → read gives the same declaration for any declaration of these shapes', async () => {
    await fc.assert(
      fc.asyncProperty(declaration, async (d) => {
        expect(await readDeclarationXlsx(await writeDeclarationXlsx(d), 'p.xlsx')).toEqual(d);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
