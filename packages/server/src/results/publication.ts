import { type PublishedResults, publishedResults } from '@jixiao/domain';
import type { DbOrTx } from '../db/connect';
import { resultsList } from './list';

/**
 * The suggestion list of a year under an organisation (a 财政局's region, a 主管部门) as plain JSON for
 * publication (信息公开): the domain's `publishedResults`, without override reasons or people. It reads no
 * user's scope: the publishing route decides that the list may be shown.
 */
export async function resultsForPublication(
  db: DbOrTx,
  q: { fiscalYear: number; organisationId: string },
): Promise<PublishedResults> {
  const { list } = await resultsList(db, null, q);
  return publishedResults(list, q.fiscalYear);
}
