import { formatPath, JixiaoError, labelForPath } from '@jixiao/domain';
import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType } from 'zod';

const PART_LABEL: Record<string, string> = {
  body: '请求内容',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

/**
 * Validates every request part with its zod schema (shared with the domain) and turns problems into the
 * one error type with located Chinese issues ("indicators[3].weight：不能为负数"), so the one error
 * handler answers 400 with the usual shape.
 */
export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const issues = result.error.issues.map((issue) => ({
      message: issue.message,
      location: { path: formatPath(issue.path), label: labelOf(issue.path, data) },
    }));
    const where = PART_LABEL[httpPart ?? 'body'] ?? '请求';
    return { error: new JixiaoError('INVALID_INPUT', `${where}有 ${issues.length} 处不符合要求`, issues) };
  };

/** Bodies wrap the evaluation as `{ evaluation: … }`; label its fields as the domain does ("绩效指标第 4 行…"). */
function labelOf(path: readonly PropertyKey[], data: unknown): string {
  if (path[0] === 'evaluation' && typeof data === 'object' && data !== null && 'evaluation' in data) {
    return labelForPath(path.slice(1), data.evaluation);
  }
  return labelForPath(path, data);
}
