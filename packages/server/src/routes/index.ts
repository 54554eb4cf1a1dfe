import type { App, Deps } from '../http/app-types';
import { auditRoutes } from './audit';
import { budgetRoutes } from './budgets';
import { declarationRoutes } from './declarations';
import { evaluationRoutes } from './evaluations';
import { fiscalYearRoutes } from './fiscal-years';
import { heavyRoutes } from './heavy';
import { importExportRoutes } from './imports';
import { indicatorLibraryRoutes } from './indicator-library';
import { jobRoutes } from './jobs';
import { monitoringRoutes } from './monitoring';
import { organisationRoutes } from './organisations';
import { projectRoutes } from './projects';
import { reportRoutes } from './reports';
import { ruleSetRoutes } from './rule-sets';
import { sessionRoutes } from './session';
import { systemRoutes } from './system';
import { userRoutes } from './users';

export function registerRoutes(app: App, deps: Deps): void {
  systemRoutes(app, deps);
  sessionRoutes(app, deps);
  organisationRoutes(app, deps);
  userRoutes(app, deps);
  fiscalYearRoutes(app, deps);
  ruleSetRoutes(app, deps);
  budgetRoutes(app, deps);
  projectRoutes(app, deps);
  evaluationRoutes(app, deps);
  declarationRoutes(app, deps);
  importExportRoutes(app, deps);
  jobRoutes(app, deps);
  reportRoutes(app, deps);
  auditRoutes(app, deps);
  heavyRoutes(app, deps);
  indicatorLibraryRoutes(app, deps);
  monitoringRoutes(app, deps);
}
