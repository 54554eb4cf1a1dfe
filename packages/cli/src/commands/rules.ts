import { listRuleSets } from '@jixiao/domain';
import { loadRuleSet } from '../engine';
import { EXIT } from '../exit';
import { renderRuleSet, renderRuleSetList } from '../render/rules-text';
import type { CliCommand } from './command';
import { jsonOption, toJson } from './options';

export const rulesCommand: CliCommand = {
  name: 'rules',
  register(program, ctx, done) {
    const { t, io, lang } = ctx;
    const rules = program.command('rules').description(t('rules.description'));
    rules
      .command('list')
      .description(t('rules.list.description'))
      .addOption(jsonOption(ctx))
      .action((opts: { json?: boolean }) => {
        const all = listRuleSets();
        io.stdout(
          opts.json
            ? toJson(
                all.map((r) => ({
                  id: r.id,
                  version: r.version,
                  name: r.name,
                  kinds: r.kinds,
                  source: r.source,
                })),
              )
            : renderRuleSetList(all, lang, t),
        );
        done(EXIT.ok);
      });
    rules
      .command('show')
      .description(t('rules.show.description'))
      .argument('<name>', t('rules.show.arg.name'))
      .addOption(jsonOption(ctx))
      .action(async (name: string, opts: { json?: boolean }) => {
        const ruleSet = await loadRuleSet(name, io.cwd, t);
        io.stdout(opts.json ? toJson(ruleSet) : renderRuleSet(ruleSet, lang, t));
        done(EXIT.ok);
      });
  },
};
