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
    const { t } = ctx;
    program
      .command('serve')
      .description(t('serve.description'))
      .addOption(new Option('--port <port>', t('serve.option.port')).default('8080'))
      .addOption(new Option('--host <host>', t('serve.option.host')).default('127.0.0.1'))
      .addOption(new Option('--data <dir>', t('serve.option.data')).env('JIXIAO_DATA').default('./data'))
      .addOption(new Option('--no-demo', t('serve.option.noDemo')))
      .action(async (opts: { port: string; host: string; data: string; demo: boolean }) => {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          ctx.io.stderr(`${t('serve.badPort', { port: opts.port })}\n`);
          done(EXIT.invalidInput);
          return;
        }
        // Loaded on use: the other commands never pay for the server's dependencies.
        const { describeStart, startServer } = await import('@jixiao/server');
        ctx.io.stdout(`${t('serve.starting')}\n`);
        const server = await startServer({ port, host: opts.host, dataDir: opts.data, demo: opts.demo });
        ctx.io.stdout(`${describeStart(server, ctx.lang)}\n`);
        // Keep the command running until the server has closed (signals close it gracefully).
        await new Promise<void>((resolve) => server.app.server.once('close', () => resolve()));
        done(EXIT.ok);
      });
  },
};
