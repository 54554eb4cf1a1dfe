import {
  type Evaluation,
  type EvaluationInput,
  evaluationSchema,
  issueMessage,
  type Localized,
  readDecimalText,
} from '@jixiao/domain';
import { formatPath, getAt, type PathSegment, setAt } from '../lib/json-path';

/**
 * The form edits a draft: the evaluation as JSON, exactly as typed (a half-typed number stays what it is).
 * `buildEvaluation` turns it into a valid `Evaluation` for live scoring: issues are reported beside their
 * fields, and the offending value is left out (or the incomplete indicator row skipped) so the rest can be
 * scored while the user is still typing.
 */
export type Draft = EvaluationInput;

export interface FieldIssue {
  /** Path in the draft, in findings' notation ("indicators[2].weight"). */
  path: string;
  /** `required`: nothing entered where the form needs a value (the UI words it); `invalid`: the schema's message. */
  kind: 'required' | 'invalid';
  /** In both languages: the domain's message for a schema issue, or the server's text as it was sent. */
  message: Localized;
}

export interface BuiltEvaluation {
  /** Undefined only when even a best-effort evaluation cannot be formed. */
  evaluation?: Evaluation;
  issues: FieldIssue[];
  /** For each indicator of `evaluation`, its row index in the draft (rows with issues are skipped). */
  rowOfIndicator: number[];
}

/**
 * What someone types or pastes into a number cell, made into a plain decimal string when it is one:
 * full-width digits and points, thousands separators (1,209.56 / 1，209.56) and spaces are accepted.
 * Anything else is returned as typed, so the field can show why it is not a number.
 */
export function normaliseDecimalInput(raw: string): string {
  return readDecimalText(raw) ?? raw.trim();
}

/** Removes empty strings, and objects left empty by that, so "not filled in" reads as absent. */
export function pruneEmpty(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) return value.map((v) => pruneEmpty(v) ?? {});
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = pruneEmpty(v);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value;
}

/**
 * The draft as sent to the server: empty fields removed (so "not filled in" is absent, not ""), and the
 * one object the schema always needs kept. Row ids stay: they are part of the model (indicator id).
 */
export function draftForSave(draft: Draft): Draft {
  const pruned = pruneEmpty(draft);
  const base = typeof pruned === 'object' && pruned !== null && !Array.isArray(pruned) ? pruned : {};
  const out = { ...draft, ...base } as Record<string, unknown>;
  for (const key of Object.keys(draft)) if (!(key in base)) delete out[key];
  return setAt(out, 'funds.total', getAt(out, 'funds.total') ?? {}) as Draft;
}

/** Placeholder used for a required text left empty, only inside the copy that is scored. */
const MISSING_TEXT = '（未填写）';

export function buildEvaluation(draft: Draft): BuiltEvaluation {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const pruned = pruneEmpty(draft);
  let candidate: Record<string, unknown> =
    typeof pruned === 'object' && pruned !== null && !Array.isArray(pruned) ? { ...pruned } : {};
  if (getAt(candidate, 'funds.total') === undefined) candidate = setAt(candidate, 'funds.total', {});
  const rows: unknown[] = Array.isArray(candidate.indicators) ? [...candidate.indicators] : [];
  const skipped = new Set<number>();

  for (let attempt = 0; attempt < 12; attempt++) {
    const kept = rows.map((_, i) => i).filter((i) => !skipped.has(i));
    const parsed = evaluationSchema.safeParse(
      { ...candidate, indicators: kept.map((i) => rows[i]) },
      { reportInput: true },
    );
    if (parsed.success) return { evaluation: parsed.data, issues, rowOfIndicator: kept };
    for (const issue of parsed.error.issues) {
      const segs = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
      const row = segs[0] === 'indicators' && typeof segs[1] === 'number' ? kept[segs[1]] : undefined;
      const draftSegs = row === undefined ? segs : ['indicators', row, ...segs.slice(2)];
      const path = formatPath(draftSegs);
      const current = row === undefined ? getAt(candidate, segs) : getAt(rows[row], segs.slice(2));
      const expected = 'expected' in issue ? issue.expected : undefined;
      if (current === undefined && row === undefined && (expected === 'object' || expected === 'array')) {
        // A whole section left blank: fill it empty so the next pass names the missing fields inside it.
        candidate = setAt(candidate, segs, expected === 'object' ? {} : []);
        continue;
      }
      if (!seen.has(path)) {
        seen.add(path);
        issues.push({
          path,
          kind: current === undefined ? 'required' : 'invalid',
          message: issueMessage(issue).text,
        });
      }
      if (row !== undefined) {
        const inRow = segs.slice(2);
        if (current !== undefined) rows[row] = setAt(rows[row], inRow, undefined);
        else if (inRow.length > 1) rows[row] = setAt(rows[row], inRow.slice(0, -1), undefined);
        else skipped.add(row);
      } else if (current !== undefined) {
        candidate = setAt(candidate, segs, undefined);
      } else {
        candidate = setAt(candidate, segs, MISSING_TEXT);
      }
    }
  }
  return { issues, rowOfIndicator: [] };
}

/** A new empty draft of the given kind, ready for the form. */
export function emptyDraft(
  kind: Evaluation['kind'],
  fiscalYear: number,
  unitName: string,
  ruleSet: string,
): Draft {
  return {
    kind,
    fiscalYear,
    ruleSet,
    amountUnit: 'wanYuan',
    unit: { name: unitName },
    ...(kind === 'project' ? { project: { name: '' } } : {}),
    funds: { total: {} },
    goals: [],
    indicators: [],
    narrative: {},
  };
}

let rowCounter = 0;
/** Client-side row ids keep React keys and selections stable while rows move. */
export function newRowId(): string {
  rowCounter += 1;
  return `r${Date.now().toString(36)}${rowCounter}`;
}

/**
 * Gives every indicator an id (rows from files or the server may lack one). The id given is the row's
 * place in the version loaded ("row3"), so two tabs that load the same version name its rows alike and
 * a later three-way merge (workbench/merge.ts) can match them; the ids are saved with the rows.
 */
export function withRowIds(draft: Draft): Draft {
  const rows = draft.indicators ?? [];
  const taken = new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
  const indicators = rows.map((r, i) => {
    if (r.id) return r;
    let id = `row${i + 1}`;
    while (taken.has(id)) id = `${id}x`;
    taken.add(id);
    return { ...r, id };
  });
  return { ...draft, indicators };
}
