import type { AuditLogLine } from '../../../api/administration';
import type { T } from '../../../i18n/I18nProvider';
import { diffDrafts } from '../../../workbench/diff';
import '../../../i18n/areas/admin';

/** The entities the server writes to the audit log, and the actions it records on them (server/src/**: audit()). */
export const AUDIT_ENTITIES = [
  'evaluation',
  'comment',
  'import',
  'job',
  'organisation',
  'user',
  'session',
  'fiscalYear',
  'ruleSet',
  'ruleSetAssignment',
  'budget',
  'project',
  'demo',
  'indicatorLibraryEntry',
] as const;
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'submit',
  'sign',
  'approve',
  'return',
  'comment',
  'rescore',
  'bulkImport',
  'login',
  'loginFailed',
  'logout',
  'lock',
  'changePassword',
  'resetPassword',
  'passwordCheckFailed',
  'removeDemo',
] as const;
type Entity = (typeof AUDIT_ENTITIES)[number];
type Action = (typeof AUDIT_ACTIONS)[number];

const isEntity = (s: string): s is Entity => AUDIT_ENTITIES.some((e) => e === s);
const isAction = (s: string): s is Action => AUDIT_ACTIONS.some((a) => a === s);

/** The entity in words ("自评"); one the app does not know yet is shown as the server wrote it. */
export function entityLabel(t: T, entity: string): string {
  return isEntity(entity) ? t(`auditLog.entity.${entity}`) : entity;
}

export function actionLabel(t: T, action: string): string {
  return isAction(action) ? t(`auditLog.action.${action}`) : action;
}

export interface LineChange {
  path: string;
  before: string;
  after: string;
}

/**
 * What one line changed, field by field: an update stores only its changed paths ("data/funds/total/executed")
 * with the values before and after; a create stores the new record (all "after"), a delete the removed one.
 */
export function lineChanges(line: Pick<AuditLogLine, 'before' | 'after'>): LineChange[] {
  return diffDrafts(withoutNulls(line.before), withoutNulls(line.after))
    .map((d) => ({ path: d.path, before: d.mine, after: d.theirs }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A null (a cleared field, no value before a create) is shown as empty, not as the word "null". */
function withoutNulls(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v === null ? undefined : v)));
}
