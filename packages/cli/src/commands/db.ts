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

/** `jixiao db migrate`: applies the SQL migrations (the server also does this at every start). */
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
  },
};

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
