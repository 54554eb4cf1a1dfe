import { describe, expect, it } from 'vitest';
import { ctxWith, row } from '../test-support';
import { freeTyped } from './free-typed';

describe('target.free-typed', () => {
  it('marks each indicator without a library entry, as info', () => {
    const ctx = ctxWith({ indicators: [row(), row({ libraryId: undefined, name: '自拟指标' })] });
    expect(freeTyped.run(ctx)).toMatchObject([
      {
        severity: 'info',
        location: { path: 'indicators[1].libraryId' },
        message: { zh: '「自拟指标」不是从指标库选取的，为自行填写的指标' },
      },
    ]);
  });
});
