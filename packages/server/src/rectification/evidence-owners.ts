import { isEditable, RECTIFICATION_WORKFLOW } from '@jixiao/domain';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { organisations, rectificationItems } from '../db/schema';
import type { RectificationOwners } from '../evidence/owners';

/**
 * The ledger's items as owners of 佐证材料 (routes/evidence.ts): an item's files belong to its unit, and may be
 * added or removed while the item is open (the workflow's editable statuses: 待整改, 整改中, 待销号), so the unit
 * attaches what it did before the reviewer closes it out; a closed-out item's evidence is frozen with it.
 */
export const RECTIFICATION_OWNERS: RectificationOwners = {
  async find(db: DbOrTx, id: string) {
    const [row] = await db
      .select({
        organisationId: rectificationItems.organisationId,
        organisationPath: organisations.path,
        status: rectificationItems.status,
      })
      .from(rectificationItems)
      .innerJoin(organisations, eq(organisations.id, rectificationItems.organisationId))
      .where(eq(rectificationItems.id, id));
    if (!row) return undefined;
    return {
      organisationId: row.organisationId,
      organisationPath: row.organisationPath,
      editable: isEditable(RECTIFICATION_WORKFLOW, row.status),
    };
  },
};
