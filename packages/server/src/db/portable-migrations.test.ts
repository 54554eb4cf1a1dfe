import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './migrate';

/**
 * SQL that PostgreSQL 15 and 18 accept but PostgreSQL-derived databases built on older versions reject
 * (openGauss forked from 9.2), or that only the newest PostgreSQL has. Migrations must avoid all of it.
 */
const UNPORTABLE: { pattern: RegExp; instead: string }[] = [
  { pattern: /\bEXECUTE\s+FUNCTION\b/i, instead: 'EXECUTE PROCEDURE (PostgreSQL 11+ reads it the same)' },
  { pattern: /\bCREATE\s+OR\s+REPLACE\s+TRIGGER\b/i, instead: 'DROP TRIGGER IF EXISTS, then CREATE TRIGGER' },
  { pattern: /\bCREATE\s+PROCEDURE\b/i, instead: 'a function' },
  { pattern: /=>/, instead: 'positional arguments (named notation is 9.5+)' },
  { pattern: /\bNULLS\s+(NOT\s+)?DISTINCT\b/i, instead: 'a partial unique index' },
  {
    pattern: /\bGENERATED\s+(ALWAYS|BY\s+DEFAULT)\b/i,
    instead: 'serial, or a value the application computes',
  },
  { pattern: /\bPARTITION\s+(BY|OF)\b/i, instead: 'plain tables' },
  { pattern: /\bINCLUDE\s*\(/i, instead: 'a plain index' },
  { pattern: /\bMERGE\s+INTO\b/i, instead: 'INSERT, UPDATE' },
  { pattern: /\b(uuidv7|starts_with|any_value|json_table)\s*\(/i, instead: 'functions PostgreSQL 9.x has' },
];

/** The rules the text breaks, comments aside. */
function unportable(text: string): string[] {
  const code = text.replace(/--[^\n]*/g, '');
  return UNPORTABLE.filter((r) => r.pattern.test(code)).map((r) => `${r.pattern.source} → ${r.instead}`);
}

describe('migration SQL that PostgreSQL-derived databases accept', () => {
  it.each([
    'CREATE TRIGGER t BEFORE DELETE ON x FOR EACH ROW EXECUTE FUNCTION f();',
    'CREATE OR REPLACE TRIGGER t BEFORE DELETE ON x FOR EACH ROW EXECUTE PROCEDURE f();',
    'CREATE PROCEDURE p() LANGUAGE sql AS $$ select 1 $$;',
    'select make_interval(mins => 15);',
    'CREATE UNIQUE INDEX i ON x (a) NULLS NOT DISTINCT;',
    'CREATE TABLE x (id int GENERATED ALWAYS AS IDENTITY);',
    'CREATE TABLE x (a int, b int GENERATED ALWAYS AS (a * 2) STORED);',
    'CREATE TABLE x (name text) PARTITION BY LIST (name);',
    'CREATE INDEX i ON x (a) INCLUDE (b);',
    'MERGE INTO x USING y ON x.id = y.id WHEN MATCHED THEN DELETE;',
    'CREATE TABLE x (id uuid DEFAULT uuidv7());',
    "CREATE INDEX i ON x (a) WHERE starts_with(a, '1');",
  ])('refuses %s', (text) => {
    expect(unportable(text)).toHaveLength(1);
  });

  it.each([
    'CREATE TRIGGER t BEFORE UPDATE OR DELETE ON "x" FOR EACH ROW EXECUTE PROCEDURE f();',
    '-- not EXECUTE FUNCTION: a comment may name what the code avoids\nCREATE TABLE x (id bigserial PRIMARY KEY, data jsonb, amount numeric(18, 2));',
  ])('accepts %s', (text) => {
    expect(unportable(text)).toEqual([]);
  });

  const migrations = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql'));
  it.each(migrations)('finds nothing unportable in %s', (file) => {
    expect(unportable(readFileSync(join(MIGRATIONS_FOLDER, file), 'utf8'))).toEqual([]);
  });
});
