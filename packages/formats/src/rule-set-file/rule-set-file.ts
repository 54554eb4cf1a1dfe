import { assertRuleSet, JixiaoError, type RuleSet, ruleSetSchema } from '@jixiao/domain';
import { parseJsonText } from '../evaluation-json/json-text';
import { formatsMessage as m } from '../messages';
import { numbersAsText, parseYamlKeepingNumbers } from './yaml-numbers';

/**
 * Reads a rule set file (.json, .yaml/.yml) and validates it with the domain's `assertRuleSet`, so a
 * custom province rule set gets the same arithmetic checks as the built-in ones. Numbers may be written
 * bare (`weight: 10`) or quoted ("10"): decimal fields receive the exact text as written.
 * Syntax errors → UNREADABLE_FILE (with line and column); wrong content → INVALID_RULE_SET (with the field).
 */
export function readRuleSetFile(text: string, fileName: string): RuleSet {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new JixiaoError('UNREADABLE_FILE', m('ruleSetFile.empty', { file: fileName }), [
      { message: m('file.emptyShort'), location: { file: fileName } },
    ]);
  }
  const isJson = /\.json$/i.test(fileName) || body.trimStart().startsWith('{');
  // JSON syntax errors are reported with JSON's own line/column; the value itself is taken from the
  // YAML parser (JSON is YAML) so that numbers keep their source text.
  if (isJson) parseJsonText(body, fileName);
  const parsed = parseYamlKeepingNumbers(body);
  if (!parsed.ok) {
    throw new JixiaoError(
      'UNREADABLE_FILE',
      m('ruleSetFile.invalid', { file: fileName, syntax: isJson ? 'JSON' : 'YAML' }),
      parsed.problems.map((p) => ({
        message:
          p.line && p.column
            ? m('ruleSetFile.syntaxAt', { line: p.line, column: p.column, detail: p.message })
            : m('ruleSetFile.syntax', { detail: p.message }),
        location: { file: fileName, ...(p.line ? { row: p.line } : {}) },
      })),
    );
  }
  return assertRuleSet(integersWhereNumbersAreExpected(numbersAsText(parsed.value)), fileName);
}

/** Fields the schema wants as numbers (decimal places) get back their integer; all others stay text. */
function integersWhereNumbersAreExpected(value: unknown): unknown {
  const result = ruleSetSchema.safeParse(value);
  if (result.success) return value;
  for (const issue of result.error.issues) {
    if (issue.code !== 'invalid_type' || issue.expected !== 'number') continue;
    const current = getAt(value, issue.path);
    if (typeof current === 'string' && /^[-+]?\d+$/.test(current.trim())) {
      setAt(value, issue.path, Number(current));
    }
  }
  return value;
}

function getAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = Reflect.get(v, seg);
  }
  return v;
}

function setAt(root: unknown, path: readonly PropertyKey[], next: unknown): void {
  const parent = getAt(root, path.slice(0, -1));
  const last = path.at(-1);
  if (typeof parent === 'object' && parent !== null && last !== undefined) Reflect.set(parent, last, next);
}
