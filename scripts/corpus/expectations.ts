import { parse } from 'yaml';

/**
 * The corpus format: a Markdown file per real report, holding the report's text as retrieved in a fenced
 * block, and a machine-readable block (YAML) of what an audit should find:
 *
 *   inconsistent: [{ what, stated, computed, code? }]   arithmetic that does not add up
 *   rounding_only: [{ what, stated, computed }]          differences rounding explains (never an error)
 *   clean: true | false                                  whether the report has no inconsistency
 *   unit / year / total_score / execution_rate / grade / kind / indicators   facts, when stated
 *
 * Other keys (a check's number within the file, notes) are kept out of the measure.
 */
export interface ExpectedItem {
  what: string;
  stated?: string;
  computed?: string;
  /** The audit code the item is, when the block names it. */
  code?: string;
}

export interface StatedFacts {
  unit?: string;
  year?: string;
  totalScore?: string;
  executionRate?: string;
  grade?: string;
  kind?: string;
  indicators?: string;
}

export interface Expectation {
  inconsistent: ExpectedItem[];
  roundingOnly: ExpectedItem[];
  clean: boolean;
  facts: StatedFacts;
}

export interface CorpusDocument {
  /** The report's own text: the first fenced block that is not the expectation block. */
  reportText: string;
  expectation: Expectation;
}

/** A corpus file whose expectation block cannot be read: which file, and what is wrong. */
export class ExpectationError extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

interface Fence {
  info: string;
  body: string;
  /** Lines of the opening and the closing fence. */
  from: number;
  to: number;
}

/** The fenced blocks of a Markdown text, in order (``` or ~~~, closed by the same run). */
export function fencedBlocks(markdown: string): Fence[] {
  const out: Fence[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i] ?? '');
    if (!open?.[1]) continue;
    const marker = open[1];
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').trimStart().startsWith(marker)) body.push(lines[j++] ?? '');
    out.push({ info: (open[2] ?? '').toLowerCase(), body: body.join('\n'), from: i, to: j });
    i = j;
  }
  return out;
}

const EXPECTATION_KEYS = /^(inconsistent|rounding_only|clean)\s*:/m;

/**
 * Reads a corpus file: undefined when it has no expectation block (then it is a plain report, audited as
 * a whole). Throws ExpectationError when the block is there but malformed.
 */
export function parseCorpusDocument(markdown: string): CorpusDocument | undefined {
  const fences = fencedBlocks(markdown);
  const block = fences.findLast((f) => ['yaml', 'yml', ''].includes(f.info) && EXPECTATION_KEYS.test(f.body));
  if (!block) return undefined;
  const text = fences.find((f) => f !== block);
  const lines = markdown.split(/\r?\n/);
  const around = [...lines.slice(0, block.from), ...lines.slice(block.to + 1)].join('\n').trim();
  return {
    reportText: text ? text.body : around,
    expectation: parseExpectationBlock(block.body),
  };
}

type Yaml = string | Yaml[] | { [key: string]: Yaml } | null;

function isMap(v: Yaml | undefined): v is { [key: string]: Yaml } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalar(v: Yaml | undefined): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function items(v: Yaml | undefined, key: string): ExpectedItem[] {
  if (v === undefined || v === null || v === '') return [];
  if (!Array.isArray(v)) throw new ExpectationError(`${key}: not a list`);
  return v.map((entry, i) => {
    if (!isMap(entry)) throw new ExpectationError(`${key}[${i}]: not a mapping`);
    const what = scalar(entry.what) ?? '';
    const stated = scalar(entry.stated);
    const computed = scalar(entry.computed);
    const code = scalar(entry.code);
    return {
      what,
      ...(stated ? { stated } : {}),
      ...(computed ? { computed } : {}),
      ...(code ? { code } : {}),
    };
  });
}

const FACT_KEYS: Record<keyof StatedFacts, readonly string[]> = {
  unit: ['unit'],
  year: ['year', 'fiscal_year'],
  totalScore: ['total_score', 'total'],
  executionRate: ['execution_rate'],
  grade: ['grade'],
  kind: ['kind'],
  indicators: ['indicators', 'indicator_count'],
};

export const FACTS: ReadonlyArray<keyof StatedFacts> = [
  'unit',
  'year',
  'totalScore',
  'executionRate',
  'grade',
  'kind',
  'indicators',
];

/** Reads the YAML block. Every scalar stays the text written ("9.00" is not 9), as the failsafe schema keeps it. */
export function parseExpectationBlock(yamlText: string): Expectation {
  let doc: Yaml;
  try {
    doc = parse(yamlText, { schema: 'failsafe' });
  } catch (e) {
    throw new ExpectationError(e instanceof Error ? (e.message.split('\n')[0] ?? 'YAML') : 'YAML');
  }
  if (!isMap(doc)) throw new ExpectationError('not a mapping');
  const inconsistent = items(doc.inconsistent, 'inconsistent');
  const roundingOnly = items(doc.rounding_only, 'rounding_only');
  const clean = scalar(doc.clean);
  if (clean !== undefined && !['true', 'false'].includes(clean))
    throw new ExpectationError(`clean: "${clean}" is neither true nor false`);
  const facts: StatedFacts = {};
  for (const fact of FACTS) {
    const value = FACT_KEYS[fact].map((k) => scalar(doc[k])).find((v) => v !== undefined);
    if (value !== undefined) facts[fact] = value;
  }
  return {
    inconsistent,
    roundingOnly,
    clean: clean === undefined ? inconsistent.length === 0 : clean === 'true',
    facts,
  };
}
