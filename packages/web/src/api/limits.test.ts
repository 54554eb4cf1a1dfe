import { describe, expect, it } from 'vitest';
import { countNearLimit, maxLengthOf } from './limits';

describe("the forms' length limits", () => {
  it("are the server's route schema limits (session.ts, evaluation-schemas.ts, evaluation-comments.ts)", () => {
    expect(maxLengthOf('POST /api/session', 'username')).toBe(100);
    expect(maxLengthOf('POST /api/session/password', 'newPassword')).toBe(200);
    expect(maxLengthOf('POST /api/evaluations/{id}/return', 'comment')).toBe(2000);
    expect(maxLengthOf('POST /api/evaluations/{id}/submit', 'acknowledgements[].note')).toBe(2000);
    expect(maxLengthOf('POST /api/evaluations/{id}/comments', 'text')).toBe(2000);
    expect(maxLengthOf('GET /api/evaluations', 'q')).toBe(100);
  });

  it('show the count from 80 % of the limit on, and nothing below', () => {
    expect(countNearLimit.formatter({ count: 1599, maxLength: 2000 })).toBe('');
    expect(countNearLimit.formatter({ count: 1600, maxLength: 2000 })).toBe('1600 / 2000');
    expect(countNearLimit.formatter({ count: 5 })).toBe('');
  });
});
