import {
  type Acknowledgement,
  availableTransitions,
  can,
  type Message,
  nextStatus,
  type Requirement,
  requirementsFor,
  type WorkflowDefinition,
} from '@jixiao/domain';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { auditLog } from '../db/schema';
import { conflict, forbidden, invalid } from '../http/errors';
import { serverMessage as m } from '../messages';

/**
 * The one transition service: every workflow step the server takes (自评, 绩效目标申报, 运行监控 …) goes
 * through `takeStep`, and every "what may I do now" through `stepsFor`. What differs between kinds of item
 * is a small adapter, a `WorkflowKind`; the order of the checks and their answers are the same for all:
 *
 * 1. the item is loaded in the step's transaction (404 when absent);
 * 2. its status allows the transition (409, the kind's `wrongStatus` sentence);
 * 3. a reason is given where the transition requires `reason` (400, at `comment`);
 * 4. the actor's roles over the item's organisation allow it from this status (403: the withdrawal's own
 *    sentence, else the kind's `notYourTurn`, else the plain 403);
 * 5. a withdrawal is taken only by whoever took the step it undoes (403, `lastMover`);
 * 6. the kind's own requirements (`check`: the findings gate, a checklist …; 400/409);
 * 7. one versioned update with its audit line and any row of the kind's own (`record`; 409 on a stale version);
 * then, once that committed, the kind's side effects (`after`).
 *
 * How to add a kind (a rectification item, 整改, say):
 * - describe its workflow as data in the domain (`domain/src/workflow`, a `WorkflowDefinition` with its own
 *   statuses and transitions, e.g. 待整改 → 整改中 → 待销号 → 已销号 with 退回), and add its permissions;
 * - write one adapter object `WorkflowKind<Row, Status, Transition>`: `load` (the row, 404 when absent),
 *   `organisationPath`, `workflow`, the two sentences (`wrongStatus`, `notYourTurn`; from its messages table),
 *   `withdrawal` and `lastMover` if its workflow has a withdrawal (`lastMoverInAudit` reads the audit log),
 *   `check` for what its transitions require beyond a reason (`enforceFindingsGate` for findings), `record`
 *   (its versioned update, which writes the audit line), and `after` if a step has consequences;
 * - its routes call `takeStep(db, KIND, principal, transition, request)` and its detail replies
 *   `stepsFor(db, KIND, principal, row)`. Nothing of this file is copied.
 */

/** What a step is asked with: the item, the version the client read, a comment, acknowledged warnings. */
export interface StepRequest {
  id: string;
  /** The item's organisation path, as the access hook resolved it (looked up again if absent). */
  organisationPath?: string | undefined;
  version: number;
  comment?: string | undefined;
  acknowledgements?: Acknowledgement[] | undefined;
}

/** One step about to be recorded: every check passed. */
export interface Step<Row, S extends string, T extends string, Req extends StepRequest, Extra> {
  current: Row;
  transition: T;
  to: S;
  request: Req;
  userId: string;
  /** The trimmed comment, when one was given. */
  comment: string | undefined;
  /** What the kind's `check` answered (the notes to record). */
  extra: Extra;
}

/** The adapter of one kind of item; see the module comment for how to write one. */
export interface WorkflowKind<
  Row extends { id: string; status: S },
  S extends string,
  T extends string,
  Req extends StepRequest = StepRequest,
  Extra = undefined,
> {
  /** The row, read in the step's transaction (404 when absent). */
  load(tx: DbOrTx, id: string): Promise<Row>;
  /** The tree path of the item's organisation (the roles over it are the actor's). */
  organisationPath(tx: DbOrTx, row: Row): Promise<string | undefined>;
  /** The item's workflow (the domain's data, perhaps built from its rule set's review chain). */
  workflow(row: Row): WorkflowDefinition<S, T, string>;
  /** The 409's sentence when the item's status does not allow the transition. */
  wrongStatus(row: Row, transition: T): Message;
  /** The 403's sentence when the actor's roles do not allow it (undefined: the plain 403). */
  notYourTurn(row: Row, transition: T): Message | undefined;
  /** The transition that undoes the last step, which only the one who took that step may take. */
  withdrawal?: T;
  /** Who took the step that put the item in its current status (null: nobody recorded). */
  lastMover?(tx: DbOrTx, row: Row): Promise<string | null>;
  /** The kind's own requirement checks (after status, reason and role); throws the 400/409. */
  check(tx: DbOrTx, row: Row, transition: T, requires: readonly Requirement[], request: Req): Promise<Extra>;
  /** The versioned status update with its audit line (and any row of the kind's own). */
  record(tx: DbOrTx, step: Step<Row, S, T, Req, Extra>): Promise<Row>;
  /** Consequences of a step, once it committed (a second monitoring round …). */
  after?(db: DbOrTx, principal: Principal, row: Row, transition: T): Promise<void>;
}

/** The roles the principal holds over an organisation (at it or above it). */
export function rolesOver(principal: Principal, path: string | undefined): string[] {
  if (path === undefined) return [];
  return principal.grants.filter((g) => g.path === null || path.startsWith(g.path)).map((g) => g.role);
}

/** What an audit line of a step records besides the status: where from and the comment. */
export function stepNote<S extends string>(step: {
  current: { status: S };
  comment: string | undefined;
}): {
  fromStatus: S;
  comment?: string;
} {
  return { fromStatus: step.current.status, ...(step.comment ? { comment: step.comment } : {}) };
}

const reasonRequired = () =>
  invalid(m('evaluation.returnNeedsReason'), [
    {
      message: m('evaluation.writeReason'),
      location: { path: 'comment', label: m('label.returnReason').text },
    },
  ]);

/**
 * Takes one transition of the item's workflow, checked in the order of the module comment; all in one
 * transaction (a savepoint when `db` is one already, so a batch can go on past a refused item).
 */
export async function takeStep<
  Row extends { id: string; status: S },
  S extends string,
  T extends string,
  Req extends StepRequest,
  Extra,
>(
  db: DbOrTx,
  kind: WorkflowKind<Row, S, T, Req, Extra>,
  principal: Principal,
  transition: T,
  request: Req,
): Promise<Row> {
  const row = await db.transaction(async (tx) => {
    const current = await kind.load(tx, request.id);
    const workflow = kind.workflow(current);
    if (nextStatus(workflow, transition, current.status) === undefined) {
      throw conflict(kind.wrongStatus(current, transition));
    }
    const requires = requirementsFor(workflow, transition);
    const comment = request.comment?.trim() || undefined;
    if (requires.includes('reason') && !comment) throw reasonRequired();
    const path = request.organisationPath ?? (await kind.organisationPath(tx, current));
    const verdict = can(workflow, transition, { roles: rolesOver(principal, path) }, current);
    const withdrawing = kind.withdrawal !== undefined && transition === kind.withdrawal;
    if (!verdict.ok) {
      throw forbidden(withdrawing ? m('evaluation.withdrawOwnStep') : kind.notYourTurn(current, transition));
    }
    if (withdrawing && (await kind.lastMover?.(tx, current)) !== principal.userId) {
      throw forbidden(m('evaluation.withdrawOwnStep'));
    }
    const extra = await kind.check(tx, current, transition, requires, request);
    return kind.record(tx, {
      current,
      transition,
      to: verdict.to,
      request,
      userId: principal.userId,
      comment,
      extra,
    });
  });
  if (kind.after) await kind.after(db, principal, row, transition);
  return row;
}

/**
 * What the principal may do with the item now: the transitions their roles over it allow from its status,
 * a withdrawal only for the one who took the last step.
 */
export async function stepsFor<
  Row extends { id: string; status: S },
  S extends string,
  T extends string,
  Req extends StepRequest,
  Extra,
>(
  db: DbOrTx,
  kind: WorkflowKind<Row, S, T, Req, Extra>,
  principal: Principal,
  row: Row,
  organisationPath?: string,
): Promise<T[]> {
  const path = organisationPath ?? (await kind.organisationPath(db, row));
  const actions = availableTransitions(kind.workflow(row), { roles: rolesOver(principal, path) }, row);
  const withdrawal = kind.withdrawal;
  if (withdrawal === undefined || !actions.includes(withdrawal)) return actions;
  if ((await kind.lastMover?.(db, row)) === principal.userId) return actions;
  return actions.filter((a) => a !== withdrawal);
}

/**
 * Who took the step that put an item in `status`, from the audit log: the newest of its lines of a step
 * forward (`steps`) into that status (a withdrawal since then went back past newer ones, so they no longer
 * count). For kinds whose versioned update writes the audit line with the status in `after`.
 */
export async function lastMoverInAudit(
  db: DbOrTx,
  entity: string,
  entityId: string,
  status: string,
  steps: readonly string[],
): Promise<string | null> {
  const [last] = await db
    .select({ userId: auditLog.userId })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, entity),
        eq(auditLog.entityId, entityId),
        inArray(auditLog.action, [...steps]),
        sql`${auditLog.after}->>'status' = ${status}`,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  return last?.userId ?? null;
}
