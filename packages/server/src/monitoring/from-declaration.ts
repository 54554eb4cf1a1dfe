import { monitoringFromDeclaration, type TargetDeclaration } from '@jixiao/domain';
import type { Db } from '../db/connect';
import { createMonitoring } from './edit';
import type { MonitoringRow } from './read';

/**
 * A new monitoring draft started from a target declaration (绩效目标申报表): the domain's
 * `monitoringFromDeclaration` copies unit, project, budget and the 年度指标值 in force; the draft keeps the
 * declaration's id. NOT WIRED YET: the declaration store (migration 0013, branch targets-app) was not on
 * this branch, so no route loads a declaration by id and calls this — the integrator adds
 * `declarationId` to POST /api/organisations/:id/monitoring, loads the declaration there (checking it is
 * the same unit's and approved) and passes its document here.
 */
export async function startFromDeclaration(
  db: Db,
  input: {
    organisationId: string;
    projectId?: string;
    declarationId: string;
    declaration: TargetDeclaration;
    throughMonth: number;
    userId: string;
  },
): Promise<MonitoringRow> {
  return createMonitoring(db, {
    organisationId: input.organisationId,
    projectId: input.projectId,
    declarationId: input.declarationId,
    report: monitoringFromDeclaration(input.declaration, input.throughMonth),
    userId: input.userId,
  });
}
