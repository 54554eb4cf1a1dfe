import { describe, expect, it } from 'vitest';
import { readTodoCounts, servesTodoCounts } from './todo-counts';

describe("the menu's to-do counts as the server sends them", () => {
  it('keeps whole counts above zero for menu entries', () => {
    expect(readTodoCounts({ review: 3, evaluations: 1 })).toEqual({ review: 3, evaluations: 1 });
  });

  it('leaves out zero, negative, fractional and non-number counts and keys the menu does not have', () => {
    expect(
      readTodoCounts({ review: 0, audit: -1, overview: 1.5, home: '2', evaluations: null, inbox: 4 }),
    ).toEqual({});
  });

  it("puts the server's review, returned and comments counts on the entries where each is dealt with", () => {
    expect(readTodoCounts({ review: 2, returned: 1, comments: 4 })).toEqual({
      review: 2,
      evaluations: 1,
      home: 4,
    });
    expect(readTodoCounts({ review: 0, returned: 0, comments: 0 })).toEqual({});
  });

  it('adds the declarations awaiting review to the review desk count: 2 evaluations + 3 declarations = 5', () => {
    expect(readTodoCounts({ review: 2, declarations: 3 })).toEqual({ review: 5 });
  });

  it('reads anything but an object as no counts', () => {
    expect(readTodoCounts(null)).toEqual({});
    expect(readTodoCounts([3])).toEqual({});
    expect(readTodoCounts('3')).toEqual({});
  });
});

describe('whether the menu asks for to-do counts at all', () => {
  it('asks only an API whose operations include GET /api/todo-counts', () => {
    expect(servesTodoCounts(['GET /api/session/current', 'GET /api/todo-counts'])).toBe(true);
    expect(servesTodoCounts(['GET /api/session/current', 'POST /api/todo-counts'])).toBe(false);
    expect(servesTodoCounts([])).toBe(false);
  });
});
