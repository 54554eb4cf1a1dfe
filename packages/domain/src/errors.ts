import type { Lang, Localized } from './i18n/localized';
import { domainMessage } from './messages';
import type { Message } from './messages/define';
import type { Location } from './model/location';
import { describeLocation } from './model/location';

/**
 * The one application error: a stable code, a message (key, parameters and its zh/en text) safe to
 * show to a user, and where. Mapped to HTTP statuses in the server and to exit codes in the CLI, each
 * in one place; rendered in either language by `text(lang)` / `describe(lang)`.
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
  | 'TOO_LARGE'
  /** The server is busy with heavy work (its queue is full); try again shortly. */
  | 'BUSY'
  | 'INTERNAL';

/** Where an issue is: like a finding's Location, with the label in both languages. */
export type IssueLocation = Partial<Omit<Location, 'label'>> & { label?: Localized };

export interface ErrorIssue {
  message: Message;
  location?: IssueLocation;
}

export class JixiaoError extends Error {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params: Message['params'];
  readonly localized: Localized;
  readonly issues: ErrorIssue[];
  /** `Error.message` is the Chinese text, for logs; users get `text(lang)`. */
  constructor(code: ErrorCode, message: Message, issues: ErrorIssue[] = [], options?: ErrorOptions) {
    super(message.text.zh, options);
    this.name = 'JixiaoError';
    this.code = code;
    this.key = message.key;
    this.params = message.params;
    this.localized = message.text;
    this.issues = issues;
  }

  /** The message alone, in one language. */
  text(lang: Lang): string {
    return this.localized[lang];
  }

  /** The message as data again (key, parameters, both texts), e.g. to re-render it or to store it. */
  toMessage(): Message {
    return { key: this.key, params: this.params, text: this.localized };
  }

  /** Message with every issue on its own line, each prefixed by where it is. */
  describe(lang: Lang = 'zh'): string {
    return [this.localized[lang], ...this.issues.map((i) => `  - ${issueText(i, lang)}`)].join('\n');
  }
}

/** "文件「a.xlsx」，第 4 行：缺少分值" / `file "a.xlsx", row 4: …`; just the message when it has no place. */
export function issueText(issue: ErrorIssue, lang: Lang): string {
  const where = issue.location ? describeLocation(issue.location, lang) : '';
  const message = issue.message.text[lang];
  return where ? domainMessage('where.issue', { where, message }).text[lang] : message;
}

/** An issue as JSON output and API bodies carry it: its key, its text in one language, where. */
export interface IssueJson {
  key: string;
  message: string;
  location?: Partial<Location>;
}

export function issueJson(issue: ErrorIssue, lang: Lang): IssueJson {
  if (!issue.location) return { key: issue.message.key, message: issue.message.text[lang] };
  const { label, ...rest } = issue.location;
  return {
    key: issue.message.key,
    message: issue.message.text[lang],
    location: { ...rest, ...(label ? { label: label[lang] } : {}) },
  };
}

export function isJixiaoError(e: unknown): e is JixiaoError {
  return e instanceof JixiaoError;
}
