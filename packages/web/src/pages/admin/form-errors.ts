import { ApiError } from '../../api/client';
import type { T } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';

/** A form field's name as antd addresses it: "roles.0.organisationId" → ['roles', 0, 'organisationId']. */
export type FieldName = (string | number)[];

export interface PlacedErrors {
  /** For `form.setFields`: each field the server named, with its sentences. */
  fields: { name: FieldName; errors: string[] }[];
  /** What no field of the form shows (a refusal of the whole request, or a field this form lacks). */
  unplaced: string[];
}

const nameOf = (path: string): FieldName => path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/**
 * Puts a failed save's sentences on the fields they concern, so the field is marked and says why in plain
 * words; `hasField` says which paths the form shows. Anything else, and failures without located issues,
 * stay for the form's alert.
 */
export function placeErrors(t: T, error: unknown, hasField: (name: FieldName) => boolean): PlacedErrors {
  const fields = new Map<string, { name: FieldName; errors: string[] }>();
  const unplaced: string[] = [];
  const issues = error instanceof ApiError ? error.issues : [];
  for (const issue of issues) {
    const path = issue.location?.path;
    const name = path ? nameOf(path) : undefined;
    if (path && name && hasField(name)) {
      const entry = fields.get(path) ?? { name, errors: [] };
      entry.errors.push(issue.message);
      fields.set(path, entry);
    } else unplaced.push(issue.message);
  }
  if (issues.length === 0) unplaced.push(errorText(t, error));
  return { fields: [...fields.values()], unplaced };
}
