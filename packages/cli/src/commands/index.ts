import type { CliCommand } from './command';

/** A command file, loaded only when its command runs (or `jixiao --help` lists it). */
interface CommandFile {
  names: readonly string[];
  load(): Promise<readonly CliCommand[]>;
}

/**
 * Every `jixiao` command, in the order `jixiao --help` lists them. Each file is imported on demand so
 * that `jixiao score` does not load the report writers, the sheet readers or the server.
 * Adding a command is adding its file under commands/ and one entry here.
 */
const FILES: readonly CommandFile[] = [
  { names: ['score'], load: async () => [(await import('./score')).scoreCommand] },
  { names: ['check'], load: async () => [(await import('./check')).checkCommand] },
  { names: ['rules'], load: async () => [(await import('./rules')).rulesCommand] },
  { names: ['convert'], load: async () => [(await import('./convert')).convertCommand] },
  { names: ['report'], load: async () => [(await import('./report')).reportCommand] },
  { names: ['targets'], load: async () => [(await import('./targets')).targetsCommand] },
  { names: ['serve'], load: async () => [(await import('./serve')).serveCommand] },
  {
    names: ['db', 'demo'],
    load: async () => {
      const { dbCommand, demoCommand } = await import('./db');
      return [dbCommand, demoCommand];
    },
  },
];

export const COMMAND_NAMES: readonly string[] = FILES.flatMap((file) => file.names);

/** Options of the program itself that take a value, so that value is not taken for a command name. */
const VALUED_GLOBAL_OPTIONS = new Set(['--lang']);

/** The first word of argv that is not a global option or its value: the command asked for, if any. */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (VALUED_GLOBAL_OPTIONS.has(arg)) i += 1;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/**
 * The commands `argv` needs: only the named one when it is known (`help <name>` included); none for a
 * bare `--version`; all of them otherwise, so `--help` and unknown-command errors see the full list.
 */
export async function loadCommands(argv: readonly string[]): Promise<readonly CliCommand[]> {
  let word = commandWord(argv);
  if (word === 'help') word = commandWord(argv.slice(argv.indexOf('help') + 1));
  const named = FILES.find((file) => word !== undefined && file.names.includes(word));
  if (named) return named.load();
  if (word === undefined && argv.some((a) => a === '-V' || a === '--version') && !argv.includes('help'))
    return [];
  return (await Promise.all(FILES.map((file) => file.load()))).flat();
}
export type { CliCommand } from './command';
