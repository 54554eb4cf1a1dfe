import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { JixiaoError, localizedMessage } from '@jixiao/domain';
import { writeEvaluationJson } from '@jixiao/formats/read';
import { Option } from 'commander';
import { loadEvaluation } from '../engine';
import { EXIT } from '../exit';
import { cliMessage } from '../i18n';
import type { CliCommand } from './command';

/** Target formats of `convert`; the writers for documents live in `jixiao report`. */
const TARGETS = ['json'] as const;

export const convertCommand: CliCommand = {
  name: 'convert',
  register(program, ctx, done) {
    const { t, io } = ctx;
    program
      .command('convert')
      .description(t('convert.description'))
      .argument('<file>', t('convert.arg.file'))
      .addOption(new Option('--to <format>', t('convert.option.to')).choices(TARGETS).default('json'))
      .addOption(new Option('-o, --out <file>', t('convert.option.out')))
      .action(async (file: string, opts: { to: (typeof TARGETS)[number]; out?: string }) => {
        const evaluation = await loadEvaluation(file, io.cwd, t);
        // The canonical writer: keys and report sections in the model's order, whatever file it came from.
        const text = writeEvaluationJson(evaluation);
        if (opts.out === undefined) {
          io.stdout(text);
        } else {
          const target = resolve(io.cwd, opts.out);
          try {
            await writeFile(target, text, 'utf8');
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new JixiaoError('UNREADABLE_FILE', cliMessage('error.cannotWrite', { file: opts.out }), [
              { message: localizedMessage({ zh: reason, en: reason }), location: { file: opts.out } },
            ]);
          }
          io.stderr(`${t('convert.written', { file: opts.out })}\n`);
        }
        done(EXIT.ok);
      });
  },
};
