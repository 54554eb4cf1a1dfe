import type { Lang, Localized } from '../i18n/localized';

/**
 * A message is a key plus parameters, rendered in both languages when it is made. Being plain data
 * (no functions), it survives JSON: a job result, an API body or a log line keeps key, params and text.
 */
export interface Message {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly text: Localized;
}

/** A parameter is a value, or another message rendered in the same language (a nested reason). */
export type ParamValue = string | number | Message | Localized;

/** One template per key: it receives the parameters already rendered in its language. */
type Template = (p: never) => string;
export type Templates = Record<string, Template>;

/** The English table has exactly the Chinese table's keys, and each template the same parameters. */
export type Mirror<T extends Templates> = { [K in keyof T]: T[K] };

type ParamsOf<F> = F extends (p: infer P) => string ? P : never;
/** Callers may pass a message (or a {zh, en} pair) wherever a template expects text. */
type Args<F> = { [K in keyof ParamsOf<F>]: ParamValue };

export type MessageFactory<T extends Templates> = <K extends keyof T & string>(
  key: K,
  ...args: Parameters<T[K]> extends [] ? [] : [Args<T[K]>]
) => Message;

type Rendered = Record<string, string | number>;

/** Binds a zh and an en table (same keys, same parameter names) into a factory of messages. */
export function defineMessages<T extends Templates>(zh: T, en: Mirror<T>): MessageFactory<T> {
  return (key, ...args) => {
    const given: Readonly<Record<string, ParamValue>> = args[0] ?? {};
    return {
      key,
      params: plainParams(given),
      text: { zh: render(zh[key], given, 'zh'), en: render(en[key], given, 'en') },
    };
  };
}

function render(
  template: Template | undefined,
  given: Readonly<Record<string, ParamValue>>,
  lang: Lang,
): string {
  // Unreachable through the typed factory; a key missing at run time is a defect, not user input.
  if (!template) throw new Error('message template missing');
  const rendered: Rendered = {};
  for (const [name, value] of Object.entries(given)) rendered[name] = textOf(value, lang);
  // The factory's signature already checked the parameters against this template's own type.
  const call = template as (p: Rendered) => string;
  return call(rendered);
}

function textOf(value: ParamValue, lang: Lang): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  return 'key' in value ? value.text[lang] : value[lang];
}

/** Parameters as data: a nested message becomes its key, so the record stays flat and JSON-safe. */
function plainParams(given: Readonly<Record<string, ParamValue>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(given)) {
    out[name] = typeof value === 'object' ? ('key' in value ? value.key : value.zh) : value;
  }
  return out;
}

/** A text already written in both languages elsewhere (a library's localized error, a label). */
export function localizedMessage(text: Localized, key = 'text'): Message {
  return { key, params: {}, text };
}

export function messageText(message: Message, lang: Lang): string {
  return message.text[lang];
}
