import { BUILTIN_INDICATOR_LIBRARY, checkDeclaration, type Evaluation } from '@jixiao/domain';
import { Option } from 'commander';
import { loadDeclaration } from '../declaration';
import { loadEvaluation, loadRuleSet } from '../engine';
import { EXIT } from '../exit';
import { renderFindings } from '../render/findings-text';
import { findingJson } from '../render/score-json';
import type { CliCommand } from './command';
import { jsonOption, toJson } from './options';

/**
 * `jixiao targets check FILE`: the target checks (target.*) on one 绩效目标申报表, printed like
 * `jixiao check` and with its exit codes (0 when the checks ran, findings or not; 2 for bad input).
 */
export const targetsCommand: CliCommand = {
  name: 'targets',
  register(program, ctx, done) {
    const { t, io, lang } = ctx;
    const targets = program.command('targets').description(t('targets.description'));
    targets
      .command('check')
      .description(t('targets.check.description'))
      .argument('<file>', t('targets.check.arg.file'))
      .addOption(new Option('-r, --rules <name|file>', t('targets.check.option.rules')))
      .addOption(new Option('--prior <file>', t('targets.check.option.prior')))
      .addOption(jsonOption(ctx))
      .action(async (file: string, opts: { rules?: string; prior?: string; json?: boolean }) => {
        const declaration = await loadDeclaration(file, io.cwd, t);
        const ruleSet = await loadRuleSet(opts.rules ?? declaration.ruleSet, io.cwd, t);
        const priorYear: Evaluation | undefined = opts.prior
          ? await loadEvaluation(opts.prior, io.cwd, t)
          : undefined;
        const library = BUILTIN_INDICATOR_LIBRARY;
        const findings = checkDeclaration(declaration, ruleSet, {
          library,
          ...(priorYear ? { priorYear } : {}),
        }).map((f) => ({
          ...f,
          location: { ...f.location, file: f.location.file ?? file },
        }));
        if (opts.json) {
          io.stdout(
            toJson({ file, ruleSet: ruleSet.id, findings: findings.map((f) => findingJson(f, lang)) }),
          );
        } else {
          io.stdout(`${t('targets.heading', { file })}\n${renderFindings(findings, lang, t)}\n`);
        }
        done(EXIT.ok);
      });
  },
};
