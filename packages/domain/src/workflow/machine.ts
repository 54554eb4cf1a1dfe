import type { Requirement, TransitionDefinition, WorkflowDefinition } from './definition';

/**
 * Who is acting: the roles they hold over the item (at its organisation or above). Any of the
 * application's roles, not only those the workflow names: the others simply allow nothing here.
 */
export interface Actor {
  readonly roles: readonly string[];
}

/** The item as the workflow sees it: only its status. */
export interface WorkflowItem<S extends string> {
  readonly status: S;
}

/**
 * Why a transition may not be taken: the item is in a status the transition does not leave, or none
 * of the actor's roles may take it from this status. Status comes first: a locked item is locked for all.
 */
export type Verdict<S extends string> = { ok: true; to: S } | { ok: false; reason: 'status' | 'role' };

function transitionOf<S extends string, T extends string, R extends string>(
  workflow: WorkflowDefinition<S, T, R>,
  transition: T,
): TransitionDefinition<S, R> {
  return workflow.transitions[transition];
}

/** The status the transition leads to from `status`, or undefined when it does not leave that status. */
export function nextStatus<S extends string, T extends string, R extends string>(
  workflow: WorkflowDefinition<S, T, R>,
  transition: T,
  status: S,
): S | undefined {
  const t = transitionOf(workflow, transition);
  return t.from.includes(status) ? (t.toFrom?.[status] ?? t.to) : undefined;
}

/** The roles that may take the transition when the item is in `status`. */
export function transitionRoles<S extends string, T extends string, R extends string>(
  workflow: WorkflowDefinition<S, T, R>,
  transition: T,
  status?: S,
): readonly R[] {
  const t = transitionOf(workflow, transition);
  return (status !== undefined ? t.rolesFrom?.[status] : undefined) ?? t.roles;
}

export function requirementsFor<S extends string, T extends string, R extends string>(
  workflow: WorkflowDefinition<S, T, R>,
  transition: T,
): readonly Requirement[] {
  return transitionOf(workflow, transition).requires;
}

/** May this actor take this transition on this item now? Requirements are checked apart (they need data). */
export function can<S extends string, T extends string, R extends string>(
  workflow: WorkflowDefinition<S, T, R>,
  transition: T,
  actor: Actor,
  item: WorkflowItem<S>,
): Verdict<S> {
  const to = nextStatus(workflow, transition, item.status);
  if (to === undefined) return { ok: false, reason: 'status' };
  const allowed: readonly string[] = transitionRoles(workflow, transition, item.status);
  if (!actor.roles.some((r) => allowed.includes(r))) return { ok: false, reason: 'role' };
  return { ok: true, to };
}

/** The transitions the actor may take on the item now, in the definition's order. */
export function availableTransitions<S extends string, T extends string, R extends string>(
  workflow: WorkflowDefinition<S, T, R>,
  actor: Actor,
  item: WorkflowItem<S>,
): T[] {
  return transitionNames(workflow).filter((t) => can(workflow, t, actor, item).ok);
}

export function isEditable<S extends string, T extends string, R extends string>(
  workflow: WorkflowDefinition<S, T, R>,
  status: S,
): boolean {
  return workflow.editable.includes(status);
}

/** Final: no transition leaves the status (an approved evaluation is locked for good). */
export function isFinal<S extends string, T extends string, R extends string>(
  workflow: WorkflowDefinition<S, T, R>,
  status: S,
): boolean {
  return transitionNames(workflow).every((t) => nextStatus(workflow, t, status) === undefined);
}

export function transitionNames<S extends string, T extends string, R extends string>(
  workflow: WorkflowDefinition<S, T, R>,
): T[] {
  // Object.keys loses the key type; the keys of `transitions` are exactly T by the definition's type.
  const names: string[] = Object.keys(workflow.transitions);
  return names.filter((n): n is T => n in workflow.transitions);
}
