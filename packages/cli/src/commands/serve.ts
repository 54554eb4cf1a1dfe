import { Option } from 'commander';
import { EXIT } from '../exit';
import type { CliCommand } from './command';

/**
 * `jixiao serve`: the server on the embedded database (PGlite in --data, default ./data) or on
 * PostgreSQL when DATABASE_URL is set. Runs until Ctrl+C / SIGTERM, then finishes requests in flight.
 */
export const serveCommand: CliCommand = {
  name: 'serve',
  register(program, ctx, done) {
    const zh = ctx.lang !== 'en';
    program
      .command('serve')
      .description(
        zh
          ? '启动服务器（默认 http://localhost:8080；空数据库时载入演示数据）'
          : 'start the server (http://localhost:8080 by default; demo data on an empty database)',
      )
      .addOption(new Option('--port <port>', zh ? '端口' : 'port').default('8080'))
      .addOption(
        new Option(
          '--host <host>',
          zh ? '监听地址（对外提供服务时用 0.0.0.0）' : 'address to listen on (0.0.0.0 to serve others)',
        ).default('127.0.0.1'),
      )
      .addOption(
        new Option(
          '--data <dir>',
          zh
            ? '内置数据库的数据文件夹（未设置 DATABASE_URL 时）'
            : 'data folder of the embedded database (when DATABASE_URL is unset)',
        )
          .env('JIXIAO_DATA')
          .default('./data'),
      )
      .addOption(
        new Option(
          '--no-demo',
          zh ? '空数据库时不载入演示数据' : 'do not load demo data into an empty database',
        ),
      )
      .action(async (opts: { port: string; host: string; data: string; demo: boolean }) => {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          ctx.io.stderr(
            zh ? `端口「${opts.port}」无效：应为 0–65535 的整数\n` : `invalid port "${opts.port}"\n`,
          );
          done(EXIT.invalidInput);
          return;
        }
        // Loaded on use: the other commands never pay for the server's dependencies.
        const { describeStart, startServer } = await import('@jixiao/server');
        ctx.io.stdout(
          zh
            ? '正在启动 jixiao（首次启动需初始化内置数据库，可能需要半分钟）…\n'
            : 'starting jixiao (the first start initialises the embedded database and may take half a minute)…\n',
        );
        const server = await startServer({ port, host: opts.host, dataDir: opts.data, demo: opts.demo });
        ctx.io.stdout(`${describeStart(server)}\n`);
        // Keep the command running until the server has closed (signals close it gracefully).
        await new Promise<void>((resolve) => server.app.server.once('close', () => resolve()));
        done(EXIT.ok);
      });
  },
};
