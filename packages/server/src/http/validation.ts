import { formatPath, issueMessage, JixiaoError, type Localized, labelForPath } from '@jixiao/domain';
import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType } from 'zod';
import { serverMessage as m, type ServerMessageKey } from '../messages';
import { findControlChars } from './control-chars';
import { partName } from './errors';

/** Invisible control characters anywhere in a request part: 400 naming each field and position. */
function refuseControlChars(data: unknown, httpPart: string): JixiaoError | undefined {
  const found = findControlChars(data);
  if (found.length === 0) return undefined;
  const issues = found.map(({ path, position }) => {
    const label = fieldLabel(path, data);
    return {
      message: m('input.controlChar', { field: label, position }),
      location: { path: formatPath(path), label },
    };
  });
  const message = m('http.invalidPartCount', { part: partName(httpPart), count: issues.length });
  return new JixiaoError('INVALID_INPUT', message, issues);
}

const FIELD_KEYS = {
  name: 'field.name',
  username: 'field.username',
  password: 'field.password',
  currentPassword: 'field.currentPassword',
  newPassword: 'field.newPassword',
  displayName: 'field.displayName',
  text: 'field.text',
  title: 'field.title',
} as const satisfies Record<string, ServerMessageKey>;

/** What a person calls the field: the server's own names for its top-level fields, else the domain's labels. */
function fieldLabel(path: readonly PropertyKey[], data: unknown): Localized {
  const [first] = path;
  if (path.length === 1 && typeof first === 'string' && Object.hasOwn(FIELD_KEYS, first)) {
    return m(FIELD_KEYS[first as keyof typeof FIELD_KEYS]).text;
  }
  return labelOf(path, data);
}

/**
 * Validates every request part with its zod schema (shared with the domain) and turns problems into the
 * one error type with located issues in zh and en ("indicators[3].weight：不能为负数"), so the one error
 * handler answers 400 with the usual shape in the language the client asked for.
 */
export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    if (httpPart === 'body' || httpPart === 'querystring' || httpPart === 'params') {
      const refused = refuseControlChars(data, httpPart);
      if (refused) return { error: refused };
    }
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const issues = result.error.issues.map((issue) => ({
      message: isSchemaKey(issue.message) ? m(issue.message) : issueMessage(issue),
      location: { path: formatPath(issue.path), label: labelOf(issue.path, data) },
    }));
    const message = m('http.invalidPartCount', { part: partName(httpPart), count: issues.length });
    return { error: new JixiaoError('INVALID_INPUT', message, issues) };
  };

const SCHEMA_KEYS = [
  'schema.username',
  'schema.nameEmpty',
  'schema.regionCode',
  'schema.projectNameEmpty',
  'schema.badId',
  'schema.displayName',
  'schema.nameTooLong',
  'schema.organisationCode',
  'schema.date',
  'schema.resultReason',
  'schema.resultChange',
] as const;
/** Route schemas name their own messages by key (see messages/zh.ts); everything else is the domain's. */
const isSchemaKey = (text: string): text is (typeof SCHEMA_KEYS)[number] =>
  SCHEMA_KEYS.some((k) => k === text);

/** Fields below the top level that the server names itself (a fiscal year's deadlines). */
const NESTED_FIELD_KEYS = {
  'deadlines.declaration': 'field.deadline.declaration',
  'deadlines.monitoring': 'field.deadline.monitoring',
  'deadlines.selfEvaluation': 'field.deadline.selfEvaluation',
  'deadlines.review': 'field.deadline.review',
} as const satisfies Record<string, ServerMessageKey>;

/** Bodies wrap the evaluation as `{ evaluation: … }`; label its fields as the domain does ("绩效指标第 4 行…"). */
function labelOf(path: readonly PropertyKey[], data: unknown): Localized {
  const dotted = path.join('.');
  if (Object.hasOwn(NESTED_FIELD_KEYS, dotted))
    return m(NESTED_FIELD_KEYS[dotted as keyof typeof NESTED_FIELD_KEYS]).text;
  if (path[0] === 'evaluation' && typeof data === 'object' && data !== null && 'evaluation' in data) {
    return labelForPath(path.slice(1), data.evaluation);
  }
  return labelForPath(path, data);
}
