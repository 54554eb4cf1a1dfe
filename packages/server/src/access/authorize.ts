import { JixiaoError } from '@jixiao/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PrincipalCache } from '../auth/principal-cache';
import { CSRF_HEADER, type Principal, SESSION_COOKIE, sessionOfToken } from '../auth/sessions';
import type { Db } from '../db/connect';
import {
  budgets,
  evaluations,
  evidenceFiles,
  jobs,
  monitoringReports,
  organisations,
  projects,
  publications,
  rectificationItems,
  targetDeclarations,
} from '../db/schema';
import { type EntityKey, forbidden, notFound } from '../http/errors';
import { serverMessage as m } from '../messages';
import type { Permission, RouteAccess, TargetEntity } from './policies';
import { grantsFor, inScope } from './scope';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route states its access; a route without it cannot be registered. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    principal?: Principal;
    /** Tree path of the organisation the route's target belongs to, when the route has a target. */
    targetPath?: string;
  }
}

const ENTITY_KEY = {
  organisation: 'entity.organisation',
  evaluation: 'entity.evaluation',
  budget: 'entity.budget',
  project: 'entity.project',
  job: 'entity.job',
  publication: 'entity.publication',
  monitoring: 'entity.monitoring',
  declaration: 'entity.declaration',
  rectification: 'entity.rectification',
  evidence: 'entity.evidence',
} as const satisfies Record<TargetEntity, EntityKey>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Paths of plugin routes (the API docs page and its assets) that are public by nature. */
export const PUBLIC_PREFIXES = ['/api/docs'];

async function targetPath(db: Db, entity: TargetEntity, id: string): Promise<string | undefined> {
  if (!UUID.test(id)) return undefined;
  if (entity === 'organisation') {
    const [row] = await db
      .select({ path: organisations.path })
      .from(organisations)
      .where(eq(organisations.id, id));
    return row?.path;
  }
  if (entity === 'publication') {
    // A publication keeps the path it was published under (its organisation may since be gone).
    const [row] = await db
      .select({ path: publications.organisationPath })
      .from(publications)
      .where(eq(publications.id, id));
    return row?.path;
  }
  const table = {
    evaluation: evaluations,
    budget: budgets,
    project: projects,
    job: jobs,
    monitoring: monitoringReports,
    rectification: rectificationItems,
    declaration: targetDeclarations,
    evidence: evidenceFiles,
  }[entity];
  const [row] = await db
    .select({ path: organisations.path })
    .from(table)
    .innerJoin(organisations, eq(organisations.id, table.organisationId))
    .where(eq(table.id, id));
  return row?.path;
}

/**
 * Permissions whose routes write evaluations, budgets, projects and their imports, and never a session,
 * user, role or organisation: their requests leave the principal cache alone (a save does not make every
 * next request look its user up again). Every other state-changing request empties it — the session and
 * user routes, organisations, demo data, public routes (login) and any permission added later.
 */
const KEEPS_PRINCIPALS: ReadonlySet<Permission> = new Set<Permission>([
  'evaluation.write',
  'evaluation.compute',
  'evaluation.submit',
  'evaluation.sign',
  'evaluation.approve',
  'evaluation.return',
  'evaluation.withdraw',
  'budget.write',
  'project.write',
  'import.bulk',
  'audit.run',
  'monitoring.write',
  'monitoring.submit',
  'monitoring.sign',
  'monitoring.approve',
  'monitoring.return',
  'monitoring.withdraw',
  'monitoring.followUp',
  'monitoring.secondRound',
  'declaration.read',
  'declaration.write',
  'declaration.submit',
  'declaration.sign',
  'declaration.approve',
  'publication.manage',
  'rectification.write',
  'rectification.start',
  'rectification.report',
  'rectification.close',
  'rectification.return',
  'declaration.return',
  'declaration.withdraw',
  'evidence.read',
  'evidence.write',
]);

function mayChangePrincipals(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const access = request.routeOptions.config.access;
  return !(access && 'permission' in access && KEEPS_PRINCIPALS.has(access.permission));
}

/** The principal of an authenticated route (the hook guarantees it is there). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new JixiaoError('UNAUTHENTICATED', m('auth.loginRequired'));
  return request.principal;
}

/**
 * The one authorisation module: on every request, before validation, it finds the session, checks the
 * CSRF token on state-changing requests, the role (policies.ts) and the organisation scope of the target.
 */
export function installAuthorization(app: FastifyInstance, db: Db): void {
  app.addHook('onRoute', (route) => {
    if (route.config?.access) return;
    // Plugin routes: the API docs page and the web app's static files are public by nature.
    if (!route.url.startsWith('/api/') || PUBLIC_PREFIXES.some((p) => route.url.startsWith(p))) {
      route.config = { ...route.config, access: { public: true } };
      return;
    }
    throw new Error(`route ${route.method} ${route.url} declares no access policy`);
  });

  // Principals are kept a few seconds; a request that may change one empties the cache once its handler
  // has finished (onSend: after its commit, before its answer leaves) and again when the answer has gone.
  const principals = new PrincipalCache();
  const clearAfterChange = (request: FastifyRequest) => {
    if (mayChangePrincipals(request)) principals.clear();
  };
  app.addHook('onSend', async (request, _reply, payload) => {
    clearAfterChange(request);
    return payload;
  });
  app.addHook('onResponse', async (request) => clearAfterChange(request));

  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) {
      // The not-found handler has no route config; it answers 404 itself.
      if (request.is404) return;
      throw forbidden();
    }
    const token = request.cookies[SESSION_COOKIE];
    const principal = token ? await principals.principal(token, () => sessionOfToken(db, token)) : undefined;
    if (principal) request.principal = principal;
    if ('public' in access) return;
    if (!principal) throw new JixiaoError('UNAUTHENTICATED', m('auth.loginRequired'));
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== principal.csrfToken) {
      throw forbidden(m('auth.csrf'));
    }
    // A one-time password (first admin, reset) opens only the session routes until it is changed.
    if (principal.mustChangePassword && access.permission !== 'session.self') {
      throw forbidden(m('auth.changePasswordFirst'));
    }
    if (grantsFor(principal, access.permission).length === 0) throw forbidden();
    if (access.target) {
      const params = request.params as Record<string, string | undefined>;
      const id = params[access.target.param] ?? '';
      const path = await targetPath(db, access.target.entity, id);
      if (path === undefined) throw notFound(ENTITY_KEY[access.target.entity]);
      if (!inScope(principal, access.permission, path)) throw forbidden(m('auth.outOfScope'));
      request.targetPath = path;
    }
  });
}
