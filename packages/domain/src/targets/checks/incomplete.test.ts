import { describe, expect, it } from 'vitest';
import { ctxWith, row } from '../test-support';
import { declarationIncomplete } from './incomplete';

describe('target.incomplete', () => {
  it('refuses a declaration with no indicator and no annual funds total, naming both', () => {
    const ctx = ctxWith({ indicators: [], funds: { annual: {} } });
    expect(declarationIncomplete.run(ctx)).toMatchObject([
      { severity: 'error', location: { path: 'indicators' }, message: { zh: '申报表尚未填写绩效指标' } },
      { severity: 'error', location: { path: 'funds.annual.total' } },
    ]);
  });

  it('says nothing once one indicator and the annual total are there', () => {
    const ctx = ctxWith({ indicators: [row()], funds: { annual: { total: '100' } } });
    expect(declarationIncomplete.run(ctx)).toEqual([]);
  });
});
