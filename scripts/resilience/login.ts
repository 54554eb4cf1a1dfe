import { Client, type Reply } from '../../packages/server/test/harness';
import { type Outcome, outcome } from './outcome';
import { type Backend, describeExit, freshStore, type Running, spawnServer } from './server';
import { buildWorld, USER_PASSWORD } from './world';

/**
 * The login burst: 25 wrong passwords at once, each with its own X-Forwarded-For (which the server must not
 * believe: no proxy is configured). The account locks after 5 failures whatever the addresses, so 5 answers
 * say "wrong" and 20 "locked"; the right password afterwards is refused too. The same burst against a name
 * that does not exist, on a server of its own (the per-address limit would otherwise join in), must answer
 * exactly the same: the same statuses, and the same body for "wrong" and for "locked".
 */
const BURST = 25;
const LOCK_AFTER = 5;

interface ErrorBody {
  error?: { code?: string; key?: string; message?: string };
}

const answer = (r: Reply) => {
  const e = (r.body as ErrorBody).error;
  return JSON.stringify({ status: r.status, code: e?.code, key: e?.key, message: e?.message });
};

interface BurstResult {
  statuses: number[];
  wrong?: string;
  locked?: string;
  after: string;
  afterStatus: number;
}

async function burst(server: Running, username: string, rightPassword: string): Promise<BurstResult> {
  const replies = await Promise.all(
    Array.from({ length: BURST }, (_, i) => {
      const c = new Client(server.url);
      c.forwardedFor = `10.9.${Math.floor(i / 250)}.${(i % 250) + 1}`;
      return c.login(username, 'Wrong-pass-2026!');
    }),
  );
  const right = new Client(server.url);
  right.forwardedFor = '10.9.9.9';
  const after = await right.login(username, rightPassword);
  return {
    statuses: replies.map((r) => r.status).sort(),
    wrong: replies.filter((r) => r.status === 401).map(answer)[0],
    locked: replies.filter((r) => r.status === 429).map(answer)[0],
    after: answer(after),
    afterStatus: after.status,
  };
}

export async function loginScenario(backend: Backend): Promise<Outcome> {
  const o = outcome('login burst', backend);
  const stores = [await freshStore(backend), await freshStore(backend)];
  const servers: Running[] = [];
  try {
    for (const s of stores) servers.push(await spawnServer(s));
    const [known, unknown] = servers;
    if (!known || !unknown) throw new Error('servers did not start');
    const world = await buildWorld(known);
    const memory = known.memory();
    const k = await burst(known, world.users.preparer.username, USER_PASSWORD);
    const u = await burst(unknown, 'r-nobody-here', USER_PASSWORD);
    const { peakMb, riseMb } = memory.stop();
    o.peakRssMb = peakMb;
    o.riseMb = riseMb;
    const expected = [...Array(LOCK_AFTER).fill(401), ...Array(BURST - LOCK_AFTER).fill(429)].join(' ');
    for (const [who, r] of [
      ['known account', k],
      ['unknown account', u],
    ] as const) {
      o.fiveXx += [...r.statuses, r.afterStatus].filter((s) => s >= 500).length;
      if (r.statuses.join(' ') !== expected)
        o.failures.push(
          `${who}: ${BURST} parallel wrong passwords answered ${r.statuses.join(' ')}, expected ${expected}`,
        );
      if (r.afterStatus < 400)
        o.failures.push(`${who}: the right password after the burst was accepted (${r.afterStatus})`);
    }
    if (k.wrong !== u.wrong)
      o.failures.push(`"wrong password" differs: known ${k.wrong}, unknown ${u.wrong}`);
    if (k.locked !== u.locked) o.failures.push(`"locked" differs: known ${k.locked}, unknown ${u.locked}`);
    if (k.after !== u.after)
      o.failures.push(`the answer after the burst differs: known ${k.after}, unknown ${u.after}`);
    o.notes.push(`known account: ${k.statuses.join(' ')}, then the right password: ${k.after}`);
    o.notes.push(`unknown account: ${u.statuses.join(' ')}, then: ${u.after}`);
    for (const s of servers) if (s.exit) o.failures.push(`a server died: ${describeExit(s)}\n${s.tail()}`);
  } finally {
    for (const s of servers) await s.kill('SIGKILL');
    for (const s of stores) await s.drop();
  }
  return o;
}
