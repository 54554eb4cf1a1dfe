import { readFileSync } from 'node:fs';
import { openApiJson } from '@jixiao/server';
import { describe, expect, it } from 'vitest';
import {
  API_OPERATIONS_FILE,
  API_TYPES_FILE,
  apiOperationsSource,
  apiTypesSource,
} from './generate-api-types';

describe('the web client types', () => {
  it('are what `npm run api-types` generates from the current routes (run it after changing a route schema)', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    expect(committed, 'packages/web/src/api/schema.gen.ts is stale: run npm run api-types').toBe(
      await apiTypesSource(),
    );
  });

  it('type the answers the app reads instead of leaving them unknown', async () => {
    const source = await apiTypesSource();
    // Spot checks by hand from the route schemas: the session, the audit and the list of evaluations.
    expect(source).toContain('"/api/session": {');
    expect(source).toContain('csrfToken: string;');
    expect(source).toContain('confidence: "sure" | "likely" | "guessed";');
    expect(source).toContain('"application/json": components["schemas"]["ErrorBody"];');
  });

  it('name the evaluation, its record, the score and the findings once and refer to them', async () => {
    const source = await apiTypesSource();
    // The evaluation as the domain's schema describes it, not `unknown`, in the record and last year's.
    expect(source).toContain('evaluation: components["schemas"]["Evaluation"];');
    expect(source).toContain('"application/json": components["schemas"]["EvaluationRecord"];');
    expect(source).toContain('result: components["schemas"]["ScoreResult"];');
    expect(source).toContain('findings: components["schemas"]["Finding"][];');
    expect(source).toContain('result: components["schemas"]["ImportSummary"] | null;');
    // Written out once as an answer and once as a request body (EvaluationInput), nowhere else.
    expect(source.match(/format\??: "jixiao\.evaluation";/g)).toHaveLength(2);
  });

  it("leave nothing unknown but the audit log's before/after snapshots (any JSON a change wrote)", async () => {
    const unknownFields = (await apiTypesSource()).match(/\w+\??: unknown\b/g);
    expect(unknownFields).toEqual(['before: unknown', 'after: unknown']);
  });
});

describe("the web client's list of operations and length limits", () => {
  it('are what `npm run api-types` generates from the current routes', async () => {
    expect(
      readFileSync(API_OPERATIONS_FILE, 'utf8'),
      'operations.gen.ts is stale: run npm run api-types',
    ).toBe(await apiOperationsSource());
  });

  it('list every operation once, path parameters in braces', async () => {
    const source = await apiOperationsSource();
    expect(source).toContain("  'GET /api/session/current',\n");
    expect(source).toContain("  'PUT /api/evaluations/{id}',\n");
    expect(source.match(/^ {2}'POST \/api\/session',$/gm)).toHaveLength(1);
  });

  it("carry the route schemas' max lengths by operation and field, nested fields included", async () => {
    // By hand from routes/session.ts, evaluation-schemas.ts and evaluation-comments.ts.
    const source = await apiOperationsSource();
    expect(source).toContain("'POST /api/session': {\n    username: 100,\n    password: 200,\n  },");
    expect(source).toContain("    'acknowledgements[].note': 2000,");
    expect(source).toContain("'GET /api/evaluations': {\n    q: 100,\n  },");
    // The evaluation body is a $ref: its limits are the domain's (MAX_NAME_LENGTH, MAX_TEXT_LENGTH).
    const limits = source.slice(source.indexOf('export const REQUEST_LIMITS'));
    expect(limits).not.toContain("'PUT /api/evaluations/{id}'");
  });
});

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
}

describe('the OpenAPI document', () => {
  it('describes the JSON answer of every operation except file downloads', async () => {
    const document: { paths: Record<string, Record<string, Operation>> } = JSON.parse(await openApiJson());
    const undescribed = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, op]) =>
          Object.entries(op.responses ?? {}).every(
            ([status, r]) => !status.startsWith('2') || r.content?.['application/json']?.schema === undefined,
          ),
        )
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(undescribed.sort()).toEqual([
      // Files: a .docx/.xlsx of one declaration, evaluation or monitoring report, the library's and the
      // overviews' workbooks, and this document itself.
      'GET /api/declarations/{id}/export',
      'GET /api/evaluations/{id}/bundle.zip',
      'GET /api/evaluations/{id}/export',
      'GET /api/evidence/{id}',
      'GET /api/indicator-library/export.xlsx',
      'GET /api/monitoring/overview.xlsx',
      'GET /api/monitoring/{id}/export',
      'GET /api/openapi.json',
      // 信息公开: the frozen report PDF and table of a publication, and the open data as CSV.
      'GET /api/public/publications/{id}/report.pdf',
      'GET /api/public/publications/{id}/table.xlsx',
      'GET /api/public/results.csv',
      'GET /api/reports/overview.xlsx',
      'GET /api/results.xlsx',
    ]);
  });
});
