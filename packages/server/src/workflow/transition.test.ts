import { PGlite } from '@electric-sql/pglite';
import { JixiaoError, type WorkflowDefinition } from '@jixiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/sessions';
import { connectDatabase, type Database } from '../db/connect';
import { conflict, notFound, staleVersion } from '../http/errors';
import { serverMessage as m } from '../messages';
import { stepNote, stepsFor, takeStep, type WorkflowKind } from './transition';

/**
 * A fourth kind plugs in with an adapter only: a rectification item (整改) with its own small workflow,
 * 待整改 → 整改中 → 待销号 → 已销号, 退回 from 待销号 to 整改中 with a reason, 撤回 of a 销号 request by whoever
 * asked for it. Its rows live in memory here (the service needs nothing of a table), the transaction is
 * a real one on an empty PGlite.
 */
type Status = 'open' | 'working' | 'awaitingClose' | 'closed';
type Transition = 'start' | 'requestClose' | 'close' | 'return' | 'withdraw';

const RECTIFICATION: WorkflowDefinition<Status, Transition, string> = {
  id: 'rectification:test',
  statuses: ['open', 'working', 'awaitingClose', 'closed'],
  initial: 'open',
  editable: ['open', 'working'],
  transitions: {
    start: { from: ['open'], to: 'working', roles: ['preparer'], requires: [] },
    requestClose: { from: ['working'], to: 'awaitingClose', roles: ['preparer'], requires: ['noErrors'] },
    close: { from: ['awaitingClose'], to: 'closed', roles: ['financeReviewer'], requires: [] },
    return: { from: ['awaitingClose'], to: 'working', roles: ['financeReviewer'], requires: ['reason'] },
    withdraw: { from: ['awaitingClose'], to: 'working', roles: ['preparer'], requires: [] },
  },
};

interface Item {
  id: string;
  status: Status;
  version: number;
  path: string;
  /** The item's own check: 整改措施 must be written before asking for 销号. */
  measures: string;
}

interface Line {
  itemId: string;
  userId: string;
  action: Transition;
  note: { fromStatus: Status; comment?: string };
  to: Status;
}

const items = new Map<string, Item>();
const log: Line[] = [];
const FORWARD: readonly Transition[] = ['start', 'requestClose', 'close'];

const RECTIFICATION_KIND: WorkflowKind<Item, Status, Transition> = {
  load: async (_tx, id) => {
    const item = items.get(id);
    if (!item) throw notFound('entity.evaluation');
    return { ...item };
  },
  organisationPath: async (_tx, row) => row.path,
  workflow: () => RECTIFICATION,
  wrongStatus: (row, transition) => m('evaluation.wrongStatus', { status: row.status, action: transition }),
  notYourTurn: () => undefined,
  withdrawal: 'withdraw',
  lastMover: async (_tx, row) =>
    log.findLast((l) => l.itemId === row.id && l.to === row.status && FORWARD.includes(l.action))?.userId ??
    null,
  check: async (_tx, row, _transition, requires) => {
    if (requires.includes('noErrors') && row.measures.trim() === '') {
      throw conflict(m('evaluation.errorsBlockSubmit', { count: 1 }));
    }
    return undefined;
  },
  record: async (_tx, step) => {
    const stored = items.get(step.current.id);
    if (!stored || stored.version !== step.request.version) {
      throw staleVersion(stored?.version ?? 0, step.request.version);
    }
    const row = { ...stored, status: step.to, version: stored.version + 1 };
    items.set(row.id, row);
    log.push({
      itemId: row.id,
      userId: step.userId,
      action: step.transition,
      note: stepNote(step),
      to: row.status,
    });
    return row;
  },
};

const person = (userId: string, role: 'preparer' | 'financeReviewer', path: string): Principal => ({
  userId,
  username: userId,
  displayName: userId,
  mustChangePassword: false,
  sessionId: `s-${userId}`,
  csrfToken: 'x',
  grants: [{ role, organisationId: path, path }],
});

const UNIT = '/r/u/';
const unit = person('unit-1', 'preparer', UNIT);
const otherPreparer = person('unit-2', 'preparer', UNIT);
const strangerUnit = person('unit-3', 'preparer', '/r/v/');
const finance = person('finance-1', 'financeReviewer', '/r/');

let database: Database;
beforeAll(async () => {
  database = await connectDatabase({ pglite: await PGlite.create() });
});
afterAll(async () => {
  await database.close();
});

function add(id: string, status: Status, measures = '已制定整改措施'): Item {
  const item = { id, status, version: 1, path: UNIT, measures };
  items.set(id, item);
  return item;
}

async function refusal(run: Promise<unknown>): Promise<{ code: string; zh: string }> {
  try {
    await run;
  } catch (e) {
    if (e instanceof JixiaoError) return { code: e.code, zh: e.localized.zh };
    throw e;
  }
  throw new Error('the step was taken');
}

describe('takeStep: a fourth kind (整改) through the one transition service', () => {
  it('walks 待整改 → 整改中 → 待销号 → 已销号, each step versioned and recorded with where it came from', async () => {
    add('a', 'open');
    const step = (who: Principal, t: Transition, version: number, comment?: string) =>
      takeStep(database.db, RECTIFICATION_KIND, who, t, {
        id: 'a',
        version,
        ...(comment ? { comment } : {}),
      });
    expect((await step(unit, 'start', 1)).status).toBe('working');
    expect((await step(unit, 'requestClose', 2)).status).toBe('awaitingClose');
    const closed = await step(finance, 'close', 3, '  同意销号  ');
    expect(closed).toMatchObject({ status: 'closed', version: 4 });
    expect(log.filter((l) => l.itemId === 'a').map((l) => [l.action, l.note])).toEqual([
      ['start', { fromStatus: 'open' }],
      ['requestClose', { fromStatus: 'working' }],
      ['close', { fromStatus: 'awaitingClose', comment: '同意销号' }],
    ]);
  });

  it.each([
    // [what, item status, who, transition, comment, expected code]
    ['a status the transition does not leave', 'closed', finance, 'return', '补充材料', 'CONFLICT'],
    [
      'a return without a reason (blank after trimming)',
      'awaitingClose',
      finance,
      'return',
      '   ',
      'INVALID_INPUT',
    ],
    ['a role the transition does not name', 'awaitingClose', unit, 'close', undefined, 'FORBIDDEN'],
    [
      'the right role at another organisation',
      'working',
      strangerUnit,
      'requestClose',
      undefined,
      'FORBIDDEN',
    ],
  ] as const)('refuses %s and changes nothing', async (_what, status, who, transition, comment, code) => {
    const id = `r-${transition}-${status}-${who.userId}`;
    add(id, status);
    const before = log.length;
    const got = await refusal(
      takeStep(database.db, RECTIFICATION_KIND, who, transition, {
        id,
        version: 1,
        ...(comment !== undefined ? { comment } : {}),
      }),
    );
    expect(got.code).toBe(code);
    expect(items.get(id)).toMatchObject({ status, version: 1 });
    expect(log.length).toBe(before);
  });

  it("runs the kind's own requirement after the generic ones: no 销号 request without measures (409)", async () => {
    add('m', 'working', '');
    const got = await refusal(
      takeStep(database.db, RECTIFICATION_KIND, unit, 'requestClose', { id: 'm', version: 1 }),
    );
    expect(got).toEqual({ code: 'CONFLICT', zh: m('evaluation.errorsBlockSubmit', { count: 1 }).text.zh });
  });

  it('refuses a stale version with 409 and keeps the row', async () => {
    add('v', 'open');
    const got = await refusal(
      takeStep(database.db, RECTIFICATION_KIND, unit, 'start', { id: 'v', version: 7 }),
    );
    expect(got.code).toBe('CONFLICT');
    expect(items.get('v')).toMatchObject({ status: 'open', version: 1 });
  });

  it('lets only whoever asked for 销号 withdraw it, and offers 撤回 to them alone', async () => {
    add('w', 'working');
    await takeStep(database.db, RECTIFICATION_KIND, unit, 'requestClose', { id: 'w', version: 1 });
    const asked = items.get('w');
    if (!asked) throw new Error('missing');
    expect(await stepsFor(database.db, RECTIFICATION_KIND, unit, asked)).toEqual(['withdraw']);
    expect(await stepsFor(database.db, RECTIFICATION_KIND, otherPreparer, asked)).toEqual([]);
    expect(await stepsFor(database.db, RECTIFICATION_KIND, finance, asked)).toEqual(['close', 'return']);
    const got = await refusal(
      takeStep(database.db, RECTIFICATION_KIND, otherPreparer, 'withdraw', { id: 'w', version: 2 }),
    );
    expect(got).toEqual({ code: 'FORBIDDEN', zh: m('evaluation.withdrawOwnStep').text.zh });
    expect(
      (await takeStep(database.db, RECTIFICATION_KIND, unit, 'withdraw', { id: 'w', version: 2 })).status,
    ).toBe('working');
  });
});
