import {
  EVALUATION_WORKFLOW,
  type Evaluation,
  FUNDS_ROW_KEYS,
  FUNDS_ROW_LABEL,
  isEditable,
  type Message,
} from '@jixiao/domain';
import type { DbOrTx } from '../db/connect';
import type { EvidenceOwnerKind } from '../db/schema';
import { loadEvaluationAt, modelOf } from '../evaluations/read';
import { conflict, invalid } from '../http/errors';
import { serverMessage as m } from '../messages';

/** The thing a file is attached to, resolved with what the routes need to scope and lock it. */
export interface EvidenceOwner {
  kind: EvidenceOwnerKind;
  id: string;
  organisationId: string;
  /** Tree path of the owner's organisation, for the scope check of routes without a hook target. */
  organisationPath: string;
  /** Set for evaluation owners: the files go with the evaluation. */
  evaluationId: string | null;
  /** Throws (409) when the owner may not change now, so neither may its files. */
  assertEditable(): void;
}

/**
 * A rectification item (整改事项, made elsewhere) as an evidence owner: the integrator wires the ledger's
 * lookup here. Undefined means no such item (404).
 */
export interface RectificationOwners {
  find(
    db: DbOrTx,
    id: string,
  ): Promise<{ organisationId: string; organisationPath: string; editable: boolean } | undefined>;
}

/** Until the rectification ledger is wired in, no item exists. */
export const NO_RECTIFICATIONS: RectificationOwners = { find: async () => undefined };

export async function evaluationOwner(
  db: DbOrTx,
  id: string,
): Promise<EvidenceOwner & { evaluation: Evaluation; title: string; fiscalYear: number }> {
  const { row, organisationPath } = await loadEvaluationAt(db, id);
  return {
    kind: 'evaluation',
    id: row.id,
    organisationId: row.organisationId,
    organisationPath: organisationPath ?? '',
    evaluationId: row.id,
    evaluation: modelOf(row),
    title: row.title,
    fiscalYear: row.fiscalYear,
    assertEditable: () => {
      if (!isEditable(EVALUATION_WORKFLOW, row.status))
        throw conflict(m('evidence.notEditable', { status: m(`status.${row.status}`) }));
    },
  };
}

export async function rectificationOwner(
  db: DbOrTx,
  owners: RectificationOwners,
  id: string,
): Promise<EvidenceOwner | undefined> {
  const found = await owners.find(db, id);
  if (!found) return undefined;
  return {
    kind: 'rectification',
    id,
    organisationId: found.organisationId,
    organisationPath: found.organisationPath,
    evaluationId: null,
    assertEditable: () => {
      if (!found.editable) throw conflict(m('evidence.ownerLocked'));
    },
  };
}

const FUNDS_KEYS: readonly string[] = ['total', ...FUNDS_ROW_KEYS];
const isFundsKey = (key: string): key is keyof typeof FUNDS_ROW_LABEL => FUNDS_KEYS.includes(key);

/** A place in an evaluation evidence can sit: an indicator row by index, or a funds row by key. */
export type EvidencePlace =
  | { kind: 'indicator'; index: number; name: string }
  | { kind: 'funds'; key: keyof typeof FUNDS_ROW_LABEL; label: string };

/** The place a path names in the evaluation, or undefined when it names none. */
export function placeOf(evaluation: Evaluation, path: string): EvidencePlace | undefined {
  const indicator = /^indicators\.(\d{1,4})$/.exec(path);
  if (indicator) {
    const index = Number(indicator[1]);
    const row = evaluation.indicators[index];
    return row ? { kind: 'indicator', index, name: row.name } : undefined;
  }
  const funds = /^funds\.(\w+)$/.exec(path);
  const key = funds?.[1] ?? '';
  return isFundsKey(key) ? { kind: 'funds', key, label: FUNDS_ROW_LABEL[key] } : undefined;
}

/** The place for an upload: the path must name a row of the evaluation (400 naming the path otherwise). */
export function requirePlace(evaluation: Evaluation, path: string): EvidencePlace {
  const place = placeOf(evaluation, path);
  if (!place) throw invalid(m('evidence.badPath', { path }));
  return place;
}

/** How a place is named in sentences ("绩效指标第 4 行「…」"). */
export function placeText(place: EvidencePlace | undefined): Message {
  if (!place) return m('evidence.place.rectification');
  return place.kind === 'indicator'
    ? m('evidence.place.indicator', { n: place.index + 1, name: place.name })
    : m('evidence.place.funds', { label: place.label });
}
