import type { Lang } from '@jixiao/domain';
import type { Translate } from './i18n';

/** Where the command line writes. Injected so that tests can run commands in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** Width of the terminal, when output goes to one. */
  columns?: number;
}

/** What every command gets: the language, its translator and the output streams. */
export interface CliContext {
  lang: Lang;
  t: Translate;
  io: Io;
}

let pipeGuarded = false;

export function processIo(): Io {
  // `jixiao … | head` closes the pipe early: that is the reader's choice, not an error to report.
  if (!pipeGuarded) {
    pipeGuarded = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
  };
}
