import { getRuleSet, listRuleSets, type RuleSet, validateRuleSet } from '@jixiao/domain';
import { call } from '../api/openapi';

/**
 * The rule sets the workbench scores with live: the domain's built-in ones and the custom ones an
 * administrator uploaded, fetched from the server (GET /api/rule-sets/:id) before an evaluation that names
 * one is edited, so the browser scores with the very rule set the server confirms the save with.
 */
const uploaded = new Map<string, RuleSet>();

const isBuiltin = (id: string) => listRuleSets().some((r) => r.id === id);

/** The rule set of this id; unknown ids throw the domain's located error (shown as a scoring failure). */
export function ruleSetById(id: string): RuleSet {
  return (isBuiltin(id) ? undefined : uploaded.get(id)) ?? getRuleSet(id);
}

/** The rule sets to choose from: the built-in ones, then every uploaded one fetched so far. */
export function knownRuleSets(): readonly RuleSet[] {
  return [...listRuleSets(), ...uploaded.values()];
}

/** Fetches an uploaded rule set once; a built-in id needs nothing. */
export async function fetchRuleSet(id: string, signal?: AbortSignal): Promise<void> {
  if (isBuiltin(id) || uploaded.has(id)) return;
  const body = await call('get', '/api/rule-sets/{ruleSetId}', {
    params: { ruleSetId: id },
    ...(signal ? { signal } : {}),
  });
  const checked = validateRuleSet(body);
  if (checked.ok) uploaded.set(checked.ruleSet.id, checked.ruleSet);
}
