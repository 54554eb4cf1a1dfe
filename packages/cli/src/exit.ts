import { describeLocation, type ErrorCode, isJixiaoError, type JixiaoError, type Lang } from '@jixiao/domain';
import { CommanderError } from 'commander';
import type { CliContext } from './context';
import { type MessageKey, punctuation } from './i18n';

/**
 * The one place where an outcome becomes an exit code and an error becomes what the user reads.
 *   0  the command ran (with or without findings)
 *   2  the input could not be used: unreadable or invalid file, unknown rule set, wrong usage
 *   1  anything else: a defect in jixiao (short message; the stack only with JIXIAO_DEBUG=1)
 */
export const EXIT = { ok: 0, internal: 1, invalidInput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const INPUT_ERRORS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INVALID_INPUT',
  'UNREADABLE_FILE',
  'UNSUPPORTED_FORMAT',
  'INVALID_RULE_SET',
  'UNKNOWN_RULE_SET',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
]);

/** Commander's own "help shown" / "version shown" exits are successes, not errors. */
const COMMANDER_SUCCESS = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** The exit code of a run that met several outcomes: invalid input (2) outranks success (0). */
export function worse(a: ExitCode, b: ExitCode): ExitCode {
  return b > a ? b : a;
}

export function exitCodeFor(error: unknown): ExitCode {
  if (isJixiaoError(error)) return INPUT_ERRORS.has(error.code) ? EXIT.invalidInput : EXIT.internal;
  if (error instanceof CommanderError) {
    // `jixiao` alone shows the help on stderr with a non-zero code: a usage error like any other.
    return COMMANDER_SUCCESS.has(error.code) && error.exitCode === 0 ? EXIT.ok : EXIT.invalidInput;
  }
  return EXIT.internal;
}

/** Writes the user-facing message for an error to stderr and returns the exit code. */
export function reportError(error: unknown, ctx: CliContext): ExitCode {
  const code = exitCodeFor(error);
  const { t, io } = ctx;
  if (isJixiaoError(error)) {
    io.stderr(`${t('error.prefix')}${describeJixiaoError(error, ctx.lang)}\n`);
    // A reader may wrap a library's failure (cause); maintainers see it with JIXIAO_DEBUG=1.
    if (io.env.JIXIAO_DEBUG === '1' && error.cause instanceof Error)
      io.stderr(`${error.cause.stack ?? error.cause.message}\n`);
  } else if (error instanceof CommanderError) {
    if (code !== EXIT.ok && !COMMANDER_SUCCESS.has(error.code))
      io.stderr(`${t('error.usage', { message: usageMessage(error, ctx) })}\n${t('error.usage.hint')}\n`);
  } else {
    const message = error instanceof Error ? firstLine(error.message) : String(error);
    io.stderr(`${t('error.internal', { message })}\n`);
    if (io.env.JIXIAO_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  }
  return code;
}

const USAGE_KEYS: Record<string, MessageKey> = {
  'commander.unknownCommand': 'error.usage.unknownCommand',
  'commander.unknownOption': 'error.usage.unknownOption',
  'commander.missingArgument': 'error.usage.missingArgument',
  'commander.optionMissingArgument': 'error.usage.optionMissingArgument',
  'commander.excessArguments': 'error.usage.excessArguments',
  'commander.missingMandatoryOptionValue': 'error.usage.missingMandatory',
};

/** Commander writes English; the quoted name in its message is kept and the sentence is translated. */
function usageMessage(error: CommanderError, { t }: CliContext): string {
  const text = error.message.replace(/^error:\s*/, '');
  const name = /'([^']+)'/.exec(text)?.[1] ?? '';
  if (error.code === 'commander.invalidArgument') {
    const choices = /Allowed choices are (.+)\./.exec(text)?.[1] ?? '';
    const value = /argument '([^']*)' is invalid/.exec(text)?.[1] ?? name;
    return t('error.usage.invalidChoice', { value, choices });
  }
  const key = USAGE_KEYS[error.code];
  return key ? t(key, { name }) : t('error.usage.other', { message: text });
}

/**
 * The message and each located issue on its own line, in the chosen language. Like
 * JixiaoError.describe(), plus the field path ("fiscalYear", "indicators[3].weight") so that whoever
 * edits the JSON finds the spot.
 */
export function describeJixiaoError(error: JixiaoError, lang: Lang = 'zh'): string {
  const { colon, paren } = punctuation(lang);
  const lines = error.issues.map((issue) => {
    const loc = issue.location;
    const where = loc ? describeLocation(loc, lang) : '';
    const path = loc?.path && !where.includes(loc.path) ? paren(loc.path) : '';
    const message = issue.message.text[lang];
    return where || path ? `  - ${where}${path}${colon}${message}` : `  - ${message}`;
  });
  return [error.text(lang), ...lines].join('\n');
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
