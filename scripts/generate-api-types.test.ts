import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesSource } from './generate-api-types';

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
});
