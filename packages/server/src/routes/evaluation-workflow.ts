import { EVALUATION_WORKFLOW, transitionNames } from '@jixiao/domain';
import { principalOf } from '../access/authorize';
import { TRANSITION_LABEL, transitionPermission } from '../evaluations/status';
import { takeTransition } from '../evaluations/transition';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema } from '../http/errors';
import { idParams } from './common';
import { detail, detailSchema, onEvaluation, transitionBody } from './evaluation-schemas';

/** One POST per workflow transition (submit, sign, approve, return), each under its own permission. */
export function evaluationWorkflowRoutes(app: App, { db }: Deps): void {
  for (const transition of transitionNames(EVALUATION_WORKFLOW)) {
    app.post(
      `/api/evaluations/:id/${transition}`,
      {
        config: { access: onEvaluation(transitionPermission(transition)) },
        schema: {
          tags: ['自评'],
          summary: `${TRANSITION_LABEL[transition]}自评`,
          params: idParams,
          body: transitionBody,
          response: { 200: detailSchema, 400: errorBodySchema, 409: errorBodySchema },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const row = await takeTransition(db, principal, transition, {
          id: request.params.id,
          organisationPath: request.targetPath,
          ...request.body,
        });
        return detail(db, row, principal);
      },
    );
  }
}
