import { describe, expect, it } from 'vitest';
import { dec } from '../../money/decimal';
import { makeContext, makeEvaluation, makeResult } from '../test-support';
import { yellowUnspent } from './yellow-unspent';

const run = (budget: string, executed?: string) =>
  yellowUnspent.run(
    makeContext(
      makeEvaluation(),
      makeResult({
        execution: {
          ...makeResult().execution,
          budget: dec(budget),
          ...(executed === undefined ? {} : { executed: dec(executed) }),
        },
      }),
    ),
  );

describe('flag.yellow-unspent', () => {
  it('warns on seed 004: (2851.19 − 1209.56) ÷ 2851.19 = 57.58% unspent > 20%', () => {
    expect(run('2851.19', '1209.56')).toMatchObject([
      { code: 'flag.yellow-unspent', severity: 'warning', actual: '57.58%', numbers: { unspent: '1641.63' } },
    ]);
  });

  it('is silent at exactly 20% unspent (80 of 100)', () => {
    expect(run('100', '80')).toEqual([]);
  });

  it('warns at 20.01% unspent (79.99 of 100)', () => {
    expect(run('100', '79.99')).toHaveLength(1);
  });

  it('warns on a budget of 0 (the vendor rule flags it too)', () => {
    expect(run('0', '0')).toMatchObject([{ severity: 'warning', actual: '0' }]);
  });
});
