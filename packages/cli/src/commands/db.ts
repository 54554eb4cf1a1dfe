import { Option } from 'commander';
import { EXIT } from '../exit';
import type { CliCommand } from './command';

const dataOption = (zh: boolean) =>
  new Option(
    '--data <dir>',
    zh
      ? '内置数据库的数据文件夹（未设置 DATABASE_URL 时）'
      : 'data folder of the embedded database (when DATABASE_URL is unset)',
  )
    .env('JIXIAO_DATA')
    .default('./data');

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
    const zh = ctx.lang !== 'en';
    const db = program.command('db').description(zh ? '数据库维护' : 'database maintenance');
    db.command('migrate')
      .description(
        zh
          ? '执行数据库迁移（PostgreSQL 用 DATABASE_URL；内置数据库请先停止服务器）'
          : 'apply database migrations (PostgreSQL via DATABASE_URL; stop the server first for the embedded database)',
      )
      .addOption(dataOption(zh))
      .action(async (opts: { data: string }) => {
        await withDatabase(opts.data, async (server, database) => {
          await server.migrateDatabase(database, process.env.DATABASE_URL || undefined);
          ctx.io.stdout(
            zh
              ? `数据库已是最新结构：${database.describe}\n`
              : `database is up to date: ${database.describe}\n`,
          );
        });
        done(EXIT.ok);
      });
  },
};

/** `jixiao demo remove`: deletes the demo units and their evaluations loaded on first start. */
export const demoCommand: CliCommand = {
  name: 'demo',
  register(program, ctx, done) {
    const zh = ctx.lang !== 'en';
    const demo = program.command('demo').description(zh ? '演示数据' : 'demo data');
    demo
      .command('remove')
      .description(
        zh
          ? '删除演示单位及其自评、预算、项目（内置数据库请先停止服务器）'
          : 'remove the demo units and their data (stop the server first for the embedded database)',
      )
      .addOption(dataOption(zh))
      .action(async (opts: { data: string }) => {
        const removed = await withDatabase(opts.data, async (server, database) => {
          await server.migrateDatabase(database, process.env.DATABASE_URL || undefined);
          return server.removeDemoData(database.db, null);
        });
        ctx.io.stdout(
          zh
            ? `已删除演示数据：${removed.organisations} 个组织，${removed.evaluations} 份自评\n`
            : `removed demo data: ${removed.organisations} organisations, ${removed.evaluations} evaluations\n`,
        );
        done(EXIT.ok);
      });
  },
};
