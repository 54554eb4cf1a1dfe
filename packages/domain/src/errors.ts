import type { Location } from './model/location';
import { describeLocation } from './model/location';

/**
 * The one application error: a stable code, a Chinese message safe to show to a user, and where.
 * Mapped to HTTP statuses in the server and to exit codes in the CLI, each in one place.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNREADABLE_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'INVALID_RULE_SET'
  | 'UNKNOWN_RULE_SET'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  | 'INTERNAL';

export interface ErrorIssue {
  message: string;
  location?: Partial<Location>;
}

export class JixiaoError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[];
  constructor(code: ErrorCode, message: string, issues: ErrorIssue[] = []) {
    super(message);
    this.name = 'JixiaoError';
    this.code = code;
    this.issues = issues;
  }

  /** Message with every issue on its own line, each prefixed by where it is. */
  describe(): string {
    const lines = this.issues.map((i) => {
      const where = i.location ? describeLocation(i.location) : '';
      return where ? `  - ${where}：${i.message}` : `  - ${i.message}`;
    });
    return [this.message, ...lines].join('\n');
  }
}

export function isJixiaoError(e: unknown): e is JixiaoError {
  return e instanceof JixiaoError;
}
