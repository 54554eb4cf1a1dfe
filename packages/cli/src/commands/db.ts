import { Option } from 'commander';
import { EXIT } from '../exit';
import type { Translate } from '../i18n';
import type { CliCommand } from './command';

const dataOption = (t: Translate) =>
  new Option('--data <dir>', t('serve.option.data')).env('JIXIAO_DATA').default('./data');

/** Opens the database `jixiao serve` would use; the embedded one must not be open in a running server too. */
async function withDatabase<T>(
  dataDir: string,
  run: (server: typeof import('@jixiao/server'), db: import('@jixiao/server').Database) => Promise<T>,
): Promise<T> {
  const server = await import('@jixiao/server');
  const database = await server.connectDatabase({
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir,
  });
  try {
    return await run(server, database);
  } finally {
    await database.close();
  }
}

/**
 * `jixiao db migrate`: applies the SQL migrations (the server also does this at every start).
 * `jixiao db rescore --year Y [--rule-set id]`: re-scores a year's evaluations after a rule-set change
 * (server `rescoreEvaluations`: batches, one transaction each, each changed evaluation audit-logged).
 */
export const dbCommand: CliCommand = {
  name: 'db',
  register(program, ctx, done) {
    const { t } = ctx;
    const db = program.command('db').description(t('db.description'));
    db.command('migrate')
      .description(t('db.migrate.description'))
      .addOption(dataOption(t))
      .action(async (opts: { data: string }) => {
        await withDatabase(opts.data, async (server, database) => {
          await server.migrateDatabase(database, process.env.DATABASE_URL || undefined);
          ctx.io.stdout(`${t('db.migrated', { database: database.describe })}\n`);
        });
        done(EXIT.ok);
      });
    db.command('rescore')
      .description(t('db.rescore.description'))
      .requiredOption('--year <year>', t('db.rescore.option.year'))
      .option('--rule-set <id>', t('db.rescore.option.ruleSet'))
      .addOption(dataOption(t))
      .action(async (opts: { year: string; ruleSet?: string; data: string }) => {
        const fiscalYear = Number(opts.year);
        if (!/^\d{4}$/.test(opts.year)) {
          ctx.io.stderr(`${t('db.rescore.badYear', { year: opts.year })}\n`);
          done(EXIT.invalidInput);
          return;
        }
        const summary = await withDatabase(opts.data, async (server, database) => {
          await server.migrateDatabase(database, process.env.DATABASE_URL || undefined);
          return server.rescoreEvaluations(database.db, {
            fiscalYear,
            ...(opts.ruleSet ? { ruleSetId: opts.ruleSet } : {}),
            userId: null,
            onProgress: progressOn(ctx.io.stderr),
          });
        });
        ctx.io.stdout(`${t('db.rescored', { ...summary, year: fiscalYear })}\n`);
        done(EXIT.ok);
      });
  },
};

/** A progress bar on stderr, redrawn in place at each finished batch (stdout keeps the summary alone). */
function progressOn(write: (text: string) => void) {
  return ({ done, total }: { done: number; total: number }) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    const filled = Math.round(percent / 5);
    write(`\r[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${percent}% ${done}/${total}`);
    if (done === total) write('\n');
  };
}

/** `jixiao demo remove`: deletes the demo units and their evaluations loaded on first start. */
export const demoCommand: CliCommand = {
  name: 'demo',
  register(program, ctx, done) {
    const { t } = ctx;
    const demo = program.command('demo').description(t('demo.description'));
    demo
      .command('remove')
      .description(t('demo.remove.description'))
      .addOption(dataOption(t))
      .action(async (opts: { data: string }) => {
        const removed = await withDatabase(opts.data, async (server, database) => {
          await server.migrateDatabase(database, process.env.DATABASE_URL || undefined);
          return server.removeDemoData(database.db, null);
        });
        const { organisations, evaluations } = removed;
        ctx.io.stdout(`${t('demo.removed', { organisations, evaluations })}\n`);
        done(EXIT.ok);
      });
  },
};
