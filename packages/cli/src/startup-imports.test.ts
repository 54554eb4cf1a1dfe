import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every module `main.ts` loads before it knows the command (its static imports, followed through this
 * package): the modules `jixiao --version` and `--help` pay for. Type-only imports are erased and
 * `import()` is lazy, so neither counts.
 */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)';/gms)) {
    const spec = m[1] ?? '';
    if (spec.startsWith('.'))
      staticImports(resolveLocal(join(dirname(file), spec.replace(/\.js$/, ''))), seen);
    else seen.add(spec);
  }
  return seen;
}

/** `./commands` is ./commands.ts or ./commands/index.ts. */
const resolveLocal = (path: string): string =>
  existsSync(`${path}.ts`) ? `${path}.ts` : join(path, 'index.ts');

describe('the CLI start-up', () => {
  it('loads neither the whole domain (zod and all) nor any document library before choosing a command', () => {
    const loaded = [...staticImports(join(import.meta.dirname, 'main.ts'))];
    const heavy = loaded.filter((s) =>
      /^(@jixiao\/(domain|formats|server)|zod|exceljs|docx|jszip|pdfjs-dist)$/.test(s),
    );
    expect(heavy).toEqual([]);
    // The check sees through files: the width measure comes from the domain's light subpath.
    expect(loaded).toContain('@jixiao/domain/display-width');
  });
});
