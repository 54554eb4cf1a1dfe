import type { Finding } from '@jixiao/domain';
import type { FieldIssue } from './draft';

/**
 * The form's input problems, one per field: the server's from the last failed save first, then the live
 * ones on fields the server did not name. The checks panel lists exactly these, and the submit dialog
 * counts exactly these (with the error findings), so the two never disagree.
 */
export function fieldIssues(server: readonly FieldIssue[], live: readonly FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of [...server, ...live]) {
    if (seen.has(issue.path)) continue;
    seen.add(issue.path);
    out.push(issue);
  }
  return out;
}

/** What blocks submission: every input problem and every error finding, as the checks panel groups them. */
export function blockingCount(findings: readonly Finding[], issues: readonly FieldIssue[]): number {
  return issues.length + findings.filter((f) => f.severity === 'error').length;
}
