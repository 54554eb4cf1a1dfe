import type { Command } from 'commander';
import type { CliContext } from '../context';
import type { ExitCode } from '../exit';

/**
 * One `jixiao` sub-command. A command adds itself to the program in `register`; its action resolves to
 * the exit code (0 when it ran). Errors are thrown (JixiaoError for bad input) and mapped in exit.ts.
 */
export interface CliCommand {
  name: string;
  register(program: Command, ctx: CliContext, done: (code: ExitCode) => void): void;
}
