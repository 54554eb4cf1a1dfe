import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluationSchema } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './test-support';

/** Every example evaluation is valid, and no field in it is silently dropped by the schema (a typo would be). */

const SEEDS = join(REPO_ROOT, 'examples/seeds');
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.json'));

/** Paths present in `raw` but absent from `parsed`. */
function droppedPaths(raw: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(raw)) {
    return raw.flatMap((item, i) =>
      droppedPaths(item, Array.isArray(parsed) ? parsed[i] : undefined, `${path}[${i}]`),
    );
  }
  if (raw !== null && typeof raw === 'object') {
    if (parsed === null || typeof parsed !== 'object') return [path];
    return Object.entries(raw).flatMap(([key, value]) =>
      key in parsed
        ? droppedPaths(value, (parsed as Record<string, unknown>)[key], path ? `${path}.${key}` : key)
        : [`${path}.${key}`],
    );
  }
  return parsed === raw ? [] : [path];
}

describe('examples/seeds', () => {
  it('holds the five seeds', () => {
    expect(files).toEqual([
      'seed-000.json',
      'seed-001.json',
      'seed-002.json',
      'seed-003.json',
      'seed-004.json',
    ]);
  });

  for (const file of files) {
    it(`${file} is a valid evaluation with every field kept`, () => {
      const raw: unknown = JSON.parse(readFileSync(join(SEEDS, file), 'utf8'));
      const parsed = evaluationSchema.safeParse(raw);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(droppedPaths(raw, parsed.data)).toEqual([]);
    });

    it(`${file} names the seed report it encodes`, () => {
      const raw = JSON.parse(readFileSync(join(SEEDS, file), 'utf8')) as { meta?: { source?: string } };
      const seedNumber = file.slice(5, 8);
      expect(raw.meta?.source).toMatch(new RegExp(`seeds/${seedNumber}_[0-9a-f]+\\.txt`));
    });
  }
});
