import type { WorkflowDefinition } from './definition';
import { isFinal, transitionNames } from './machine';

/**
 * What is wrong with a definition, one line each (empty when sound): a status named but not declared,
 * a transition no role may take, a status no transition reaches, an editable status that is final.
 * Definitions are code, so these lines are for the developer writing one, checked by its table test.
 */
export function workflowProblems<S extends string, T extends string, R extends string>(
  workflow: WorkflowDefinition<S, T, R>,
): string[] {
  const known = new Set<string>(workflow.statuses);
  const problems: string[] = [];
  const unknown = (where: string, s: string) => {
    if (!known.has(s)) problems.push(`${where}: unknown status ${s}`);
  };
  unknown('initial', workflow.initial);
  for (const s of workflow.editable) unknown('editable', s);
  const reached = new Set<string>([workflow.initial]);
  for (const name of transitionNames(workflow)) {
    const t = workflow.transitions[name];
    for (const s of t.from) unknown(`${name}.from`, s);
    // Switched off in this instance: leaves nothing, taken by no one, reaches nothing.
    if (t.from.length === 0 && t.roles.length === 0) continue;
    unknown(`${name}.to`, t.to);
    const targets = t.from.map((s) => t.toFrom?.[s] ?? t.to);
    for (const s of targets) reached.add(s);
    if (t.from.length === 0) problems.push(`${name}: leaves no status`);
    if (t.roles.length === 0) problems.push(`${name}: no role may take it`);
    for (const [s, to] of Object.entries(t.toFrom ?? {})) {
      if (!(t.from as readonly string[]).includes(s)) problems.push(`${name}.toFrom: ${s} is not left`);
      if (typeof to === 'string') unknown(`${name}.toFrom.${s}`, to);
    }
    for (const [s, roles] of Object.entries(t.rolesFrom ?? {})) {
      if (!(t.from as readonly string[]).includes(s)) problems.push(`${name}.rolesFrom: ${s} is not left`);
      if (Array.isArray(roles) && roles.length === 0) problems.push(`${name}.rolesFrom.${s}: no role`);
    }
  }
  for (const s of workflow.statuses) if (!reached.has(s)) problems.push(`${s}: no transition reaches it`);
  for (const s of workflow.editable) if (isFinal(workflow, s)) problems.push(`${s}: editable but final`);
  return problems;
}
