import { parseArgs } from 'node:util';
import { startServer } from './index';
import { describeStart } from './start-banner';

/**
 * Stand-alone entry (`tsx packages/server/src/main.ts --port 0 --data DIR`), used by the crash tests to run
 * the real server in a child process; people use `jixiao serve`, which calls the same startServer.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string' },
    'no-demo': { type: 'boolean', default: false },
  },
});

const server = await startServer({
  port: Number(values.port),
  host: values.host,
  dataDir: values.data,
  demo: !values['no-demo'],
});
process.stdout.write(`${describeStart(server)}\n`);
