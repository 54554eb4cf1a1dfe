import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeLike } from './tree-path';

describe('escapeLike', () => {
  it.each([
    ['/root/dept/', '/root/dept/'],
    ['/a_b/', '/a\\_b/'],
    ['/100%/', '/100\\%/'],
    ['/c:\\d/', '/c:\\\\d/'],
    ['_%\\', '\\_\\%\\\\'],
  ])('writes %s as the pattern %s', (text, pattern) => {
    expect(escapeLike(text)).toBe(pattern);
  });
});

const SERVER_SRC = fileURLToPath(new URL('..', import.meta.url));

/** Every non-test TypeScript file of the server's source, as [relative path, text]. */
function serverSources(): [string, string][] {
  const files = readdirSync(SERVER_SRC, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  return files.map((f) => [f, readFileSync(join(SERVER_SRC, f), 'utf8')]);
}

describe('the SQL the server runs', () => {
  it('never calls starts_with(), which PostgreSQL before 11 and openGauss lack (use underPath)', () => {
    const offenders = serverSources()
      .filter(([, text]) => /\bstarts_with\s*\(/i.test(text))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });

  it('reads the whole source tree (the scan above sees the files that run SQL)', () => {
    const files = serverSources().map(([file]) => file.replaceAll('\\', '/'));
    expect(files).toEqual(
      expect.arrayContaining(['access/scope.ts', 'imports/bulk-import.ts', 'demo/demo-data.ts']),
    );
  });
});
