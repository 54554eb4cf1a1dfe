import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureLine, figuresTable, parseFigureLine, recordingFigures, writeBenchJson } from './figures';

describe('parseFigureLine reads a figure from a printed line', () => {
  it.each([
    ['web.signInBytes: 143210 (139.9 kB, target ≤ 150.0 kB: met)', ['web.signInBytes', 143210]],
    ['engine.scorePerSecond: 51,234 evaluations/s', ['engine.scorePerSecond', 51234]],
    ['cli.versionRatio: 2.75', ['cli.versionRatio', 2.75]],
    ['server.pglite.list.p99Ms: 12.5 ms', ['server.pglite.list.p99Ms', 12.5]],
    ['scale.delta: -3', ['scale.delta', -3]],
  ])('%s', (line, figure) => {
    expect(parseFigureLine(line)).toEqual(figure);
  });

  it.each([
    'vite build: 8.8 s',
    'memory: sampled peak rss 10.0 MB',
    '  web.signInBytes: 12',
    'engine.score: fast',
    'cli.scoreMs: 12abc',
  ])('not a figure: %s', (line) => {
    expect(parseFigureLine(line)).toBeUndefined();
  });
});

describe('figureLine prints what parseFigureLine reads back', () => {
  it('a whole number, with its note', () => {
    expect(figureLine('cli.versionMs', 93, 'median of 10')).toBe('cli.versionMs: 93 (median of 10)');
  });
  it('a ratio to six significant digits', () => {
    expect(figureLine('cli.scoreRatio', 2 / 3)).toBe('cli.scoreRatio: 0.666667');
    expect(parseFigureLine(figureLine('cli.scoreRatio', 2 / 3))).toEqual(['cli.scoreRatio', 0.666667]);
  });
});

describe('the figures of a run', () => {
  it('are recorded from the lines a section prints, and the lines still printed', () => {
    const printed: string[] = [];
    const figures = {};
    const out = recordingFigures((line) => printed.push(line), figures);
    out('node.emptyMs: 40');
    out('a line for people');
    out('cli.versionMs: 100');
    expect(printed).toEqual(['node.emptyMs: 40', 'a line for people', 'cli.versionMs: 100']);
    expect(figures).toEqual({ 'node.emptyMs': 40, 'cli.versionMs': 100 });
  });

  it('are written to bench.json by name, sorted, with the run around them', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bench-json-')), 'artifacts', 'bench.json');
    const run = { at: '2026-12-01T10:00:00.000Z', node: 'v20.19.0', sections: ['cli'], failed: [] };
    writeBenchJson(path, run, { 'node.emptyMs': 40, 'cli.versionMs': 100 });
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toEqual({ ...run, figures: { 'cli.versionMs': 100, 'node.emptyMs': 40 } });
    expect(text.indexOf('cli.versionMs')).toBeLessThan(text.indexOf('node.emptyMs'));
  });

  it('are listed in a table, names aligned', () => {
    expect(figuresTable({ 'node.emptyMs': 40, 'cli.scoreMs': 250 })).toEqual([
      'cli.scoreMs   250',
      'node.emptyMs  40',
    ]);
  });
});
