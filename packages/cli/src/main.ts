import { Command, CommanderError, Help, Option } from 'commander';
import { type CliCommand, loadCommands } from './commands';
import { type CliContext, type Io, processIo } from './context';
import type { ExitCode } from './exit';
import { LANGS, langFromArgv, translator } from './i18n';
import { displayWidth } from './render/text-table';

const VERSION = '0.1.0';

/**
 * Runs `jixiao` with the given arguments (without `node` and the script) and resolves to the exit code.
 * Never calls process.exit and never throws, so it can run in-process in tests.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<ExitCode> {
  const lang = langFromArgv(argv, io.env);
  const ctx: CliContext = { lang, t: translator(lang), io };
  let exit: ExitCode = 0;
  try {
    const commands = await loadCommands(argv);
    const program = buildProgram(ctx, commands, (code) => {
      exit = code;
    });
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    // `--version` and `--help` end here too; they need neither the error messages nor the domain.
    if (error instanceof CommanderError && error.exitCode === 0) return 0;
    const { reportError } = await import('./exit');
    return reportError(error, ctx);
  }
}

export function buildProgram(
  ctx: CliContext,
  commands: readonly CliCommand[],
  done: (code: ExitCode) => void,
): Command {
  const { t, io } = ctx;
  const program = new Command('jixiao')
    .description(t('program.description'))
    .version(VERSION, '-V, --version', t('option.version'))
    .addOption(new Option('--lang <lang>', t('option.lang')).choices(LANGS).default('zh'))
    .helpOption('-h, --help', t('option.help'))
    .helpCommand('help [command]', t('help.command'))
    .showSuggestionAfterError(false);

  for (const command of commands) command.register(program, ctx, done);

  // Same behaviour on every sub-command: localized help, output through io, errors thrown not exited.
  const configure = (cmd: Command) => {
    cmd
      .exitOverride()
      .configureOutput({
        writeOut: (text) => io.stdout(text),
        writeErr: (text) => io.stderr(text),
        // Piped help is not cut at 80 columns (Chinese lines wrap badly); a terminal keeps its width.
        getOutHelpWidth: () => io.columns ?? 120,
        getErrHelpWidth: () => io.columns ?? 120,
        // Usage errors are written once, translated, by exit.ts.
        outputError: () => {},
      })
      .configureHelp({
        styleTitle: (title) => translateTitle(title, ctx),
        // Commander appends "(choices: …, default: …, env: …)" in English; translated here.
        optionDescription: (option) => translateExtra(new Help().optionDescription(option), ctx),
        argumentDescription: (argument) => translateExtra(new Help().argumentDescription(argument), ctx),
        commandUsage: (c) => translateUsage(new Help().commandUsage(c), ctx),
        subcommandTerm: (c) => translateUsage(new Help().subcommandTerm(c), ctx),
        showGlobalOptions: true,
        // Chinese characters take two columns; commander counts them as one.
        displayWidth: (text) => displayWidth(text.replace(ANSI, '')),
      });
    if (cmd !== program) cmd.helpOption('-h, --help', t('option.help'));
    for (const sub of cmd.commands) configure(sub);
  };
  configure(program);
  return program;
}

// Colour codes (ESC [ … m) are stripped before measuring.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

const TITLES: Record<string, Parameters<CliContext['t']>[0]> = {
  'Usage:': 'help.title.usage',
  'Options:': 'help.title.options',
  'Global Options:': 'help.title.globalOptions',
  'Commands:': 'help.title.commands',
  'Arguments:': 'help.title.arguments',
};

const EXTRA = /\s\(((?:choices|default|preset|env): .*)\)$/;
const EXTRA_WORDS: Record<string, Parameters<CliContext['t']>[0]> = {
  'choices: ': 'help.extra.choices',
  'default: ': 'help.extra.default',
  'preset: ': 'help.extra.preset',
  'env: ': 'help.extra.env',
};

function translateExtra(description: string, { t, lang }: CliContext): string {
  const match = EXTRA.exec(description);
  if (!match?.[1] || lang === 'en') return description;
  let extra = match[1];
  for (const [word, key] of Object.entries(EXTRA_WORDS)) extra = extra.replace(word, t(key));
  return `${description.slice(0, match.index)}（${extra.replace(/, (?=可选|默认|预设|环境变量)/g, '；').replace(/", "/g, '"、"')}）`;
}

function translateUsage(usage: string, { t }: CliContext): string {
  return usage.replace('[options]', t('help.usage.options')).replace('[command]', t('help.usage.command'));
}

function translateTitle(title: string, { t }: CliContext): string {
  const key = TITLES[title];
  return key ? t(key) : new Help().styleTitle(title);
}
