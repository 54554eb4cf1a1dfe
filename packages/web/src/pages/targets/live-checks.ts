import {
  BUILTIN_INDICATOR_LIBRARY,
  checkDeclaration,
  type Finding,
  isJixiaoError,
  type Localized,
  parseDeclaration,
} from '@jixiao/domain';
import { ruleSetById } from '../../workbench/rule-sets';

/**
 * The target checks in the browser, with the same domain code the server's submission gate runs
 * (`checkDeclaration` against the rule set and the built-in library). What cannot be read yet (a weight
 * typed half-way) is reported as the parse error's issues instead of findings.
 */
export function liveFindings(draft: unknown): { findings: Finding[]; unreadable: Localized[] } {
  try {
    const declaration = parseDeclaration(draft);
    const findings = checkDeclaration(declaration, ruleSetById(declaration.ruleSet), {
      library: BUILTIN_INDICATOR_LIBRARY,
    });
    return { findings, unreadable: [] };
  } catch (e) {
    if (!isJixiaoError(e)) throw e;
    return {
      findings: [],
      unreadable: e.issues.length > 0 ? e.issues.map((i) => i.message.text) : [e.localized],
    };
  }
}
