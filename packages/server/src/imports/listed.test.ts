import { describe, expect, it } from 'vitest';
import { serverMessage as m } from '../messages';
import { issuesError, listed } from './budget-sheet';

const issues = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    message: m('import.unitNameEmpty'),
    location: { path: '', row: i + 2 },
  }));

describe('how many problems one import reply lists', () => {
  it.each([
    [1, 1],
    [2000, 2000],
    // 2000 listed and one line saying 1 more.
    [2001, 2001],
    [5000, 2001],
  ])('lists %i problems in %i lines', (count, lines) => {
    expect(listed(issues(count))).toHaveLength(lines);
  });

  it('counts every problem in the message and the unlisted ones in the last line', () => {
    const error = issuesError(issues(5000));
    expect(error.toMessage().params).toEqual({ count: 5000 });
    expect(error.issues.at(-1)?.message).toEqual(m('import.moreProblems', { count: 3000 }));
  });
});
