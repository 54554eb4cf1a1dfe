import { describeLocation, type Lang } from '@jixiao/domain';
import { ApiError } from '../api/client';

// Apart from error-text.ts: describeLocation brings the domain's message tables, which the sign-in page
// (it needs only errorText) must not download.
/** Each issue of an error on its own line, with where it is (file, sheet, row, column or field label). */
export function issueLines(err: unknown, lang: Lang): string[] {
  if (!(err instanceof ApiError)) return [];
  const colon = lang === 'zh' ? '：' : ': ';
  return err.issues.map((i) => {
    const where = i.location ? describeLocation(i.location, lang) : '';
    return where ? `${where}${colon}${i.message}` : i.message;
  });
}
