import type { ErrorIssue } from '../errors';
import { JixiaoError } from '../errors';
import { domainMessage } from '../messages';
import { formatPath, issueMessage } from '../model/parse';
import { type IndicatorLibraryEntry, indicatorLibraryEntrySchema } from './entry';
import { LIBRARY_FIELD_LABEL, type LibraryField } from './fields';

/**
 * One library entry from untrusted input (an API body, a workbook row turned into an object): the entry,
 * or a JixiaoError (INVALID_INPUT) with one located issue per problem, each naming the field by its
 * label ("指标名称：不能为空"). `row`/`sheet`/`file` are carried into every issue's location.
 */
export function parseLibraryEntry(
  input: unknown,
  source: { file?: string; sheet?: string; row?: number } = {},
): IndicatorLibraryEntry {
  const result = indicatorLibraryEntrySchema.safeParse(input);
  if (result.success) return result.data;
  const issues = libraryEntryIssues(result.error.issues, source);
  throw new JixiaoError('INVALID_INPUT', domainMessage('library.invalid', { count: issues.length }), issues);
}

/** The schema's issues located and labelled by field, for callers that gather the issues of many rows. */
export function libraryEntryIssues(
  zodIssues: readonly Parameters<typeof issueMessage>[0][],
  source: { file?: string; sheet?: string; row?: number } = {},
): ErrorIssue[] {
  return zodIssues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const label = Object.hasOwn(LIBRARY_FIELD_LABEL, field)
      ? LIBRARY_FIELD_LABEL[field as LibraryField]
      : domainMessage('library.entry').text;
    return {
      message: issueMessage(issue),
      location: { path: formatPath(issue.path), label, ...source },
    };
  });
}
