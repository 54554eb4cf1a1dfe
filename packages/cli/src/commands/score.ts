import { evaluateFile } from '../engine';
import { EXIT } from '../exit';
import { scoreJson } from '../render/score-json';
import { renderScore } from '../render/score-text';
import type { CliCommand } from './command';
import { jsonOption, rulesOption, toJson } from './options';

export const scoreCommand: CliCommand = {
  name: 'score',
  register(program, ctx, done) {
    const { t, io, lang } = ctx;
    program
      .command('score')
      .description(t('score.description'))
      .argument('<file>', t('score.arg.file'))
      .addOption(rulesOption(ctx))
      .addOption(jsonOption(ctx))
      .action(async (file: string, opts: { rules?: string; json?: boolean }) => {
        const evaluated = await evaluateFile(file, opts.rules, io.cwd, t);
        io.stdout(
          opts.json ? toJson(scoreJson({ ...evaluated, lang, t })) : renderScore({ ...evaluated, lang, t }),
        );
        done(EXIT.ok);
      });
  },
};
