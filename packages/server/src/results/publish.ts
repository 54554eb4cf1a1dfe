import { DEFAULT_RULE_SET_ID, publishedResults } from '@jixiao/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { Principal } from '../auth/sessions';
import type { Db } from '../db/connect';
import { organisations, publications } from '../db/schema';
import { conflict, invalid, notFound } from '../http/errors';
import { serverMessage as m } from '../messages';
import { type PublicationRow, publishResultsList } from '../publications/publish';
import { assignedRuleSetId } from '../rule-sets/assignments';
import { resultsList } from './list';
import { resultsWorkbook } from './workbook';

/** The roles that may publish (publication.manage); the region's rule set decides which of them does. */
const PUBLISHING_ROLES = new Set(['financeReviewer', 'departmentReviewer']);

/**
 * 公开结果应用清单: the year's suggestion list under an organisation (the publisher's own 财政局 unless named)
 * frozen as a publication of kind `results` — the domain's `publishedResults` JSON (no reasons, no people) and
 * the same workbook as GET /api/results.xlsx. Who publishes is the region's rule (`publishResultsList` →
 * `assertPublisher`); a year without an approved evaluation has nothing to publish (409), and a list already
 * live for that organisation and year must be withdrawn before it is published again (409).
 */
export async function publishResults(
  db: Db,
  principal: Principal,
  q: { fiscalYear: number; organisationId?: string | undefined },
): Promise<PublicationRow> {
  const organisationId =
    q.organisationId ??
    principal.grants.find((g) => PUBLISHING_ROLES.has(g.role) && g.organisationId !== null)?.organisationId;
  if (!organisationId) throw invalid(m('results.publishWhere'));
  const [org] = await db
    .select({ path: organisations.path })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!org) throw notFound('entity.organisation');
  const [live] = await db
    .select({ id: publications.id })
    .from(publications)
    .where(
      and(
        eq(publications.kind, 'results'),
        eq(publications.organisationId, organisationId),
        eq(publications.fiscalYear, q.fiscalYear),
        isNull(publications.withdrawnAt),
      ),
    );
  if (live) throw conflict(m('publication.alreadyPublished'));
  const { list } = await resultsList(db, null, { fiscalYear: q.fiscalYear, organisationId });
  if (list.departments.length === 0) throw conflict(m('results.nothingToPublish', { year: q.fiscalYear }));
  const ruleSetId = (await assignedRuleSetId(db, org.path, q.fiscalYear)) ?? DEFAULT_RULE_SET_ID;
  return publishResultsList(
    db,
    principal,
    {
      organisationId,
      fiscalYear: q.fiscalYear,
      title: m('results.publicationTitle', { year: q.fiscalYear }).text.zh,
      data: { ...publishedResults(list, q.fiscalYear) },
      xlsx: await resultsWorkbook(list, 'zh'),
    },
    ruleSetId,
  );
}
