import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvaluation } from '../model/parse';
import { compareWithDeclaration } from './compare';
import { makeDeclaration } from './test-support';
import { evaluationFromDeclaration } from './to-evaluation';

const declaration = makeDeclaration();
const fresh = () => parseEvaluation(evaluationFromDeclaration(declaration));

describe('compareWithDeclaration', () => {
  it('finds nothing in the evaluation built from the declaration', () => {
    expect(compareWithDeclaration(fresh(), declaration)).toEqual([]);
  });

  it('reports a changed target at that row, with both values', () => {
    const evaluation = fresh();
    const row = evaluation.indicators[0];
    if (!row) throw new Error('fixture');
    row.target = { comparator: '>=', value: '100', unit: '场' };
    expect(compareWithDeclaration(evaluation, declaration)).toMatchObject([
      {
        code: 'target.changed-in-evaluation',
        location: { path: 'indicators[0].target' },
        expected: '≥120场',
        actual: '≥100场',
        message: { zh: '「举办科普活动场次」与批准的绩效目标不一致：年度指标值由 ≥120场 改为 ≥100场' },
      },
    ]);
  });

  it('reads "120.0" as the same figure as "120"', () => {
    const evaluation = fresh();
    const row = evaluation.indicators[0];
    if (!row?.target) throw new Error('fixture');
    row.target.value = '120.0';
    expect(compareWithDeclaration(evaluation, declaration)).toEqual([]);
  });

  it('reports a dropped indicator and an added one', () => {
    const evaluation = fresh();
    evaluation.indicators.splice(1, 1, { level1: '效益指标', name: '新指标', weight: '30' });
    const findings = compareWithDeclaration(evaluation, declaration);
    expect(findings.map((f) => f.location.path)).toEqual(['indicators', 'indicators[1]']);
  });

  it('property: changing one row’s weight or target value gives exactly one finding at that row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 999 }),
        (index, weight, n) => {
          const evaluation = fresh();
          const row = evaluation.indicators[index];
          if (!row) throw new Error('fixture');
          if (weight) {
            // n + 100 never equals the declared 50, 30 or 10
            row.weight = String(n + 100);
          } else {
            // a quantitative row gets another figure; the qualitative one another text
            row.target =
              row.target?.comparator === 'qualitative'
                ? { comparator: 'qualitative', text: `改为${n}` }
                : { ...row.target, value: String(n + 1000) };
          }
          const findings = compareWithDeclaration(evaluation, declaration);
          expect(findings).toHaveLength(1);
          expect(findings[0]?.code).toBe('target.changed-in-evaluation');
          expect(findings[0]?.location.path).toBe(`indicators[${index}].${weight ? 'weight' : 'target'}`);
        },
      ),
    );
  });
});
