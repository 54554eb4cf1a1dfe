import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Named figures of `npm run bench`. A section reports a figure by printing a line that starts with its
 * dotted name, a colon and the number (`web.signInBytes: 143210 (139.9 kB …)`), best through
 * `figureLine`; the runner picks those lines out of what the section prints, so a figure is shown and
 * recorded by one and the same line. `--json` writes them all to artifacts/bench.json.
 */
export type Figures = Record<string, number>;

const FIGURE = /^([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+): (-?\d[\d,]*(?:\.\d+)?)(?=\s|$)/;

/** The figure a printed line reports, if it is a figure line. Thousands separators are allowed. */
export function parseFigureLine(line: string): [name: string, value: number] | undefined {
  const match = FIGURE.exec(line);
  if (!match?.[1] || !match[2]) return undefined;
  return [match[1], Number(match[2].replaceAll(',', ''))];
}

/** The line that reports `value` under `name`, with an optional note after it for people. */
export function figureLine(name: string, value: number, note?: string): string {
  const shown = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  return note ? `${name}: ${shown} (${note})` : `${name}: ${shown}`;
}

/** Wraps a section's `out` so that every figure line it prints is also recorded in `into`. */
export function recordingFigures(out: (line: string) => void, into: Figures): (line: string) => void {
  return (line) => {
    const figure = parseFigureLine(line);
    if (figure) into[figure[0]] = figure[1];
    out(line);
  };
}

export interface BenchJson {
  /** ISO time the run finished. */
  at: string;
  node: string;
  sections: string[];
  failed: string[];
  figures: Figures;
}

/** Writes the run's figures, sorted by name so that two runs diff line by line. */
export function writeBenchJson(path: string, run: Omit<BenchJson, 'figures'>, figures: Figures): void {
  const sorted = Object.fromEntries(Object.entries(figures).sort(([a], [b]) => (a < b ? -1 : 1)));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ ...run, figures: sorted } satisfies BenchJson, null, 2)}\n`);
}

/** The human table of every figure, printed at the end of a run. */
export function figuresTable(figures: Figures): string[] {
  const names = Object.keys(figures).sort();
  const width = Math.max(0, ...names.map((n) => n.length));
  return names.map((name) => `${name.padEnd(width)}  ${figures[name]}`);
}
