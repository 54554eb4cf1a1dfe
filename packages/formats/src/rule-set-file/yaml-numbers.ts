import type { Message } from '@jixiao/domain';
import { parseDocument, type ScalarTag, type Tags } from 'yaml';
import { formatsMessage as m } from '../messages';

/**
 * Numbers in YAML/JSON rule set files keep the text the person wrote ("0.80", "10"), never a binary
 * float: the parser hands back `NumberSource` objects, and the reader decides from the schema whether
 * the field wants a decimal string (weights, band limits) or a plain integer (decimal places).
 */
export class NumberSource {
  constructor(readonly source: string) {}
}

const NUMBER_TAGS = new Set(['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float']);

function isNumberTag(tag: Tags[number]): tag is ScalarTag {
  return typeof tag === 'object' && NUMBER_TAGS.has(tag.tag) && !('collection' in tag && tag.collection);
}

function keepNumberSource(tags: Tags): Tags {
  return tags.map((tag) =>
    isNumberTag(tag) ? { ...tag, resolve: (s: string) => new NumberSource(s) } : tag,
  );
}

export interface YamlProblem {
  /** The YAML library's own (English) sentence, or one of ours. */
  message: string | Message;
  line?: number;
  column?: number;
}

export type YamlParse = { ok: true; value: unknown } | { ok: false; problems: YamlProblem[] };

/** Parses YAML (or JSON, which is YAML) with number sources kept; alias expansion is capped against "billion laughs". */
export function parseYamlKeepingNumbers(text: string): YamlParse {
  const doc = parseDocument(text, { customTags: keepNumberSource, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        message: e.message.split('\n')[0] ?? e.message,
        line: e.linePos?.[0].line,
        column: e.linePos?.[0].col,
      })),
    };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    // The yaml package throws a ReferenceError when aliases would expand past the cap.
    return { ok: false, problems: [{ message: m('ruleSetFile.tooManyAliases') }] };
  }
}

/** Replaces every NumberSource by its source text. */
export function numbersAsText(value: unknown): unknown {
  if (value instanceof NumberSource) return value.source;
  if (Array.isArray(value)) return value.map(numbersAsText);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numbersAsText(v)]));
  }
  return value;
}
