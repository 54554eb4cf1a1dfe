import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { boundSql } from './in-transaction';

const dialect = new PgDialect();

describe('boundSql', () => {
  it.each([
    {
      text: 'select 1',
      values: [],
      sql: 'select 1',
      params: [],
    },
    {
      text: 'insert into q (id, name) values ($1::uuid, $2)',
      values: ['a', 'b'],
      sql: 'insert into q (id, name) values ($1::uuid, $2)',
      params: ['a', 'b'],
    },
    {
      // A placeholder used twice becomes two bound parameters carrying the same value.
      text: 'select $2 * floor(now_epoch + $1) / $2',
      values: [7, 60],
      sql: 'select $1 * floor(now_epoch + $2) / $3',
      params: [60, 7, 60],
    },
    {
      text: 'select $10, $1',
      values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 'ten'],
      sql: 'select $1, $2',
      params: ['ten', 1],
    },
    {
      // A dollar-quoted string is not a placeholder.
      text: 'select $$x$$ || $1',
      values: [null],
      sql: 'select $$x$$ || $1',
      params: [null],
    },
  ])('rebinds "$text"', ({ text, values, sql, params }) => {
    const query = dialect.sqlToQuery(boundSql(text, values));
    expect({ sql: query.sql, params: query.params }).toEqual({ sql, params });
  });
});
