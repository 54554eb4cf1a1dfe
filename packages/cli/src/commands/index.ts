import { checkCommand } from './check';
import type { CliCommand } from './command';
import { convertCommand } from './convert';
import { dbCommand, demoCommand } from './db';
import { reportCommand } from './report';
import { rulesCommand } from './rules';
import { scoreCommand } from './score';
import { serveCommand } from './serve';

/**
 * Every `jixiao` command, in the order `jixiao --help` lists them.
 * Adding a command is adding its file under commands/ and one line here.
 */
export const COMMANDS: readonly CliCommand[] = [
  scoreCommand,
  checkCommand,
  rulesCommand,
  convertCommand,
  reportCommand,
  serveCommand,
  dbCommand,
  demoCommand,
];
