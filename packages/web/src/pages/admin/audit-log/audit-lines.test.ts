import { describe, expect, it } from 'vitest';
import { lineChanges } from './audit-lines';

describe('lineChanges', () => {
  it('shows an update as its changed paths with the value before and after, a cleared value as empty', () => {
    const line = {
      before: { reviewDue: '2025-04-30', version: 2, 'data/funds/total/executed': '1209.56' },
      after: { reviewDue: null, version: 3, 'data/funds/total/executed': '1300.00' },
    };
    expect(lineChanges(line)).toEqual([
      { path: 'data/funds/total/executed', before: '1209.56', after: '1300.00' },
      { path: 'reviewDue', before: '2025-04-30', after: '' },
      { path: 'version', before: '2', after: '3' },
    ]);
  });
  it('shows a create as every field of the new record, with nothing before', () => {
    const line = { before: null, after: { ruleSetId: 'jiaqu-2024', deadlines: { review: '2025-04-30' } } };
    expect(lineChanges(line)).toEqual([
      { path: 'deadlines.review', before: '', after: '2025-04-30' },
      { path: 'ruleSetId', before: '', after: 'jiaqu-2024' },
    ]);
  });
  it('shows a delete as the removed record, with nothing after', () => {
    expect(lineChanges({ before: { ruleSetId: 'mof-2020' }, after: null })).toEqual([
      { path: 'ruleSetId', before: 'mof-2020', after: '' },
    ]);
  });
});
