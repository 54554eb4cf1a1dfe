/**
 * A workflow as plain data: the statuses an item moves through, the transitions between them, who may
 * take each and what each requires. The evaluation workflow is one instance; target declarations and
 * monitoring forms declare their own with the same shape and reuse the functions in `machine.ts`.
 */

/**
 * What a transition asks for beyond the right role and status:
 * - `reason`: a non-empty comment (a return names what to change);
 * - `noErrors`: the item's own checks find no error;
 * - `warningsAcknowledged`: every warning carries a non-empty note.
 */
export const REQUIREMENTS = ['reason', 'noErrors', 'warningsAcknowledged'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export interface TransitionDefinition<S extends string, R extends string> {
  readonly from: readonly S[];
  readonly to: S;
  /** Roles that may take the transition (held at the item's organisation or above). */
  readonly roles: readonly R[];
  /** Narrower role lists when leaving particular statuses; a status not listed uses `roles`. */
  readonly rolesFrom?: Readonly<Partial<Record<S, readonly R[]>>>;
  /**
   * Other targets when leaving particular statuses (a review chain's approval moves one step on; a
   * withdrawal goes back one step); a status not listed leads to `to`.
   */
  readonly toFrom?: Readonly<Partial<Record<S, S>>>;
  readonly requires: readonly Requirement[];
}

export interface WorkflowDefinition<S extends string, T extends string, R extends string> {
  /** Stable name, for logs and audit entries. */
  readonly id: string;
  readonly statuses: readonly S[];
  /** Status of a newly created item. */
  readonly initial: S;
  /** Statuses in which the item's content may be changed or the item deleted; all others are locked. */
  readonly editable: readonly S[];
  /**
   * Every transition the workflow family knows. One that an instance does not use (a review chain
   * without its step) is switched off by leaving both `from` and `roles` empty.
   */
  readonly transitions: Readonly<Record<T, TransitionDefinition<S, R>>>;
}

/** Statuses, transitions and roles of a definition, recovered from its type. */
export type StatusOf<W> = W extends WorkflowDefinition<infer S, string, string> ? S : never;
export type TransitionOf<W> = W extends WorkflowDefinition<string, infer T, string> ? T : never;
export type RoleOf<W> = W extends WorkflowDefinition<string, string, infer R> ? R : never;
