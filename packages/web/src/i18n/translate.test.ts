import { describe, expect, it } from 'vitest';
import { message, translator } from './dictionary';
import { en } from './messages.en';
import { zh } from './messages.zh';
import { interpolate, parseLang, translate } from './translate';

type Table = Readonly<Record<string, string>>;

/** Every table: the core one and each area's (areas/<area>.zh.ts beside areas/<area>.en.ts). */
const zhAreas = import.meta.glob<Table>('./areas/*.zh.ts', { eager: true, import: 'zh' });
const enAreas = import.meta.glob<Table>('./areas/*.en.ts', { eager: true, import: 'en' });
const areaName = (path: string) => /areas\/(\w+)\.\w+\.ts$/.exec(path)?.[1] ?? path;
const TABLES: { name: string; zh: Table; en: Table }[] = [
  { name: 'core', zh, en },
  ...Object.entries(zhAreas).map(([path, table]) => ({
    name: areaName(path),
    zh: table,
    en: enAreas[path.replace('.zh.ts', '.en.ts')] ?? {},
  })),
];

/** The source of every module of the app but the tables and the tests, by path. */
const SOURCES = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!./**'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** The area owning each key (core keys are left out: they are always loaded). */
const AREA_OF = new Map<string, string>();
for (const table of TABLES)
  if (table.name !== 'core') for (const key of Object.keys(table.zh)) AREA_OF.set(key, table.name);

/**
 * The areas whose keys a source names: as a quoted key ('rect.title') or as the start of a key built
 * in a template (`rect.status.${status}`).
 */
function areasNamedIn(source: string): Set<string> {
  const areas = new Set<string>();
  for (const m of source.matchAll(/['"`]([a-zA-Z]+\.[\w.]+)['"`]/g)) {
    const area = m[1] && AREA_OF.get(m[1]);
    if (area) areas.add(area);
  }
  for (const m of source.matchAll(/`([a-zA-Z]+\.[\w.]*)\$\{/g))
    for (const [key, area] of AREA_OF) if (m[1] && key.startsWith(m[1])) areas.add(area);
  return areas;
}

/** The areas a source imports (`import '../i18n/areas/rectification';`). */
const areasImportedBy = (source: string) =>
  new Set([...source.matchAll(/^import '[./]*(?:i18n\/)?areas\/(\w+)';$/gm)].map((m) => m[1]));

describe('i18n', () => {
  it('fills {placeholders} with the given values', () => {
    expect(interpolate('预算执行率 {rate}%，得 {score} 分', { rate: '42.42', score: '4.24' })).toBe(
      '预算执行率 42.42%，得 4.24 分',
    );
  });

  it('leaves an unknown placeholder visible instead of printing "undefined"', () => {
    expect(interpolate('共 {count} 条，第 {page} 页', { count: 3 })).toBe('共 3 条，第 {page} 页');
  });

  it('translates the same key into Chinese and English', () => {
    expect(translate(zh, 'signIn.submit')).toBe('登录');
    expect(translate(en, 'signIn.submit')).toBe('Sign in');
    expect(message('zh', 'signIn.submit')).toBe('登录');
    expect(translator('en')('signIn.submit')).toBe('Sign in');
  });

  it('defaults to Chinese for anything but an explicit "en"', () => {
    expect(parseLang(null)).toBe('zh');
    expect(parseLang('fr')).toBe('zh');
    expect(parseLang('en')).toBe('en');
  });

  it('has the core table and one table per area, each with both languages', () => {
    expect(TABLES.map((t) => t.name)).toContain('core');
    expect(TABLES.length).toBeGreaterThan(10);
    for (const table of TABLES) expect(Object.keys(table.en).length, table.name).toBeGreaterThan(0);
  });

  it('has an English text for every Chinese key of every table, no other key, and the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const table of TABLES) {
      expect(Object.keys(table.en).sort(), table.name).toEqual(Object.keys(table.zh).sort());
      for (const [key, text] of Object.entries(table.zh)) {
        const english = table.en[key] ?? '';
        expect(english, `${table.name}: ${key}`).toBeTruthy();
        expect(names(english), `${table.name}: ${key}`).toEqual(names(text));
      }
    }
  });

  it('gives every key one home: no key is in two tables', () => {
    const home = new Map<string, string>();
    const twice: string[] = [];
    for (const table of TABLES)
      for (const key of Object.keys(table.zh)) {
        const first = home.get(key);
        if (first) twice.push(`${key} (${first}, ${table.name})`);
        home.set(key, table.name);
      }
    expect(twice).toEqual([]);
  });

  it('writes no Chinese text in any English table', () => {
    const han = /[\u4e00-\u9fff]/;
    const offenders = TABLES.flatMap((t) =>
      Object.entries(t.en)
        .filter(([, v]) => han.test(v))
        .map(([k]) => `${t.name}: ${k}`),
    );
    expect(offenders).toEqual([]);
  });

  it('finds the areas a module names and imports (the check below can fail)', () => {
    // A key built in a template, written in pieces here so that it is not a template itself.
    const built = `t(\`monitoring.light.${'$'}{light}\`);`;
    const source = ["import '../../i18n/areas/results';", "t('rect.col.source');", built].join('\n');
    expect([...areasNamedIn(source)].sort()).toEqual(['monitoring', 'rectification']);
    expect([...areasImportedBy(source)]).toEqual(['results']);
    expect(areasNamedIn("t('signIn.submit')").size).toBe(0);
  });

  it('has every module that names a key of an area import that area, so its texts are loaded first', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const [path, source] of Object.entries(SOURCES)) {
      const imported = areasImportedBy(source);
      for (const area of areasNamedIn(source)) if (!imported.has(area)) missing.push(`${path}: ${area}`);
    }
    expect(missing).toEqual([]);
  });

  it('shows a key whose area was never loaded as the key itself, not "undefined"', () => {
    // A key of the results area, whose table this file never loads (it imports no page and no area).
    expect(message('zh', 'results.publish')).toBe('results.publish');
  });
});
