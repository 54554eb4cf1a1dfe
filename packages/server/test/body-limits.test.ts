import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, startTestServer, type TestServer } from './harness';
import { buildWorld, clientAs, type World } from './world';

const KB = 1024;

describe.each(BACKENDS)('request bodies are limited per route, on %s', (backend) => {
  let server: TestServer;
  let world: World;

  beforeAll(async () => {
    server = await startTestServer(backend);
    world = await buildWorld(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a 300 kB sign-in body with 413 (the default is 256 kB)', async () => {
    const r = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x'.repeat(300 * KB), password: 'y' }),
    });
    expect(r.status).toBe(413);
  });

  it('reads a 1 MB evaluation body (judged by the schema, not refused for size), refuses 5 MB', async () => {
    const preparer = await clientAs(server, world, 'preparer');
    const path = `/api/organisations/${world.orgs.u1}/evaluations`;
    const big = (size: number) => ({ evaluation: { padding: 'x'.repeat(size) } });
    expect((await preparer.post(path, big(1024 * KB))).status).toBe(400);
    expect((await preparer.post(path, big(5 * 1024 * KB))).status).toBe(413);
  });
});
