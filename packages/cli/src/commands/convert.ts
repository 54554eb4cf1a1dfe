import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { JixiaoError, localizedMessage } from '@jixiao/domain';
import { writeDeclarationJson, writeDeclarationXlsx, writeEvaluationJson } from '@jixiao/formats/read';
import { Option } from 'commander';
import { declarationIn } from '../declaration';
import { loadEvaluation } from '../engine';
import { EXIT } from '../exit';
import { cliMessage } from '../i18n';
import type { CliCommand } from './command';

/**
 * Target formats of `convert`; the writers for documents live in `jixiao report`. A 绩效目标申报表
 * (jixiao.targets JSON, or a workbook titled as one) converts both ways, .xlsx ↔ .json.
 */
const TARGETS = ['json', 'xlsx'] as const;

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
        const declaration = await declarationIn(file, io.cwd, t);
        let output: string | Uint8Array;
        if (declaration) {
          output =
            opts.to === 'xlsx' ? await writeDeclarationXlsx(declaration) : writeDeclarationJson(declaration);
        } else {
          if (opts.to === 'xlsx') {
            throw new JixiaoError('UNSUPPORTED_FORMAT', cliMessage('convert.notForEvaluation'));
          }
          // The canonical writer: keys and report sections in the model's order, whatever file it came from.
          output = writeEvaluationJson(await loadEvaluation(file, io.cwd, t));
        }
        if (opts.out === undefined) {
          if (typeof output !== 'string')
            throw new JixiaoError('INVALID_INPUT', cliMessage('convert.xlsxNeedsOut'));
          io.stdout(output);
        } else {
          const target = resolve(io.cwd, opts.out);
          try {
            await writeFile(target, output);
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
