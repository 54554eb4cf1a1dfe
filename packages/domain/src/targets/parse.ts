import { type ErrorIssue, JixiaoError } from '../errors';
import { domainMessage } from '../messages';
import { issueMessage, locatedIssue } from '../model/parse';
import { type TargetDeclaration, targetDeclarationSchema } from '../model/target-declaration';
import { DECLARATION_LABELS } from './labels';

/**
 * The one way into the domain for a target declaration from outside (JSON file, HTTP body, the
 * 申报表 reader): parseEvaluation's rules for declarations — the same error type, every problem a
 * located issue in zh and en ("绩效指标第 4 行「分值」：须填写数字").
 */
export function parseDeclaration(input: unknown, source: { file?: string } = {}): TargetDeclaration {
  const result = targetDeclarationSchema.safeParse(input, { reportInput: true });
  const at = (path: readonly PropertyKey[], message: ReturnType<typeof issueMessage>) =>
    locatedIssue(path, message, input, source.file, DECLARATION_LABELS);
  const issues: ErrorIssue[] = result.success
    ? []
    : result.error.issues.map((issue) => at(issue.path, issueMessage(issue)));
  if (result.success && result.data.kind === 'project' && !result.data.project) {
    issues.push(at(['project', 'name'], domainMessage('declaration.projectNameRequired')));
  }
  if (!result.success || issues.length > 0) {
    const count = issues.length;
    throw new JixiaoError(
      'INVALID_INPUT',
      source.file
        ? domainMessage('declaration.invalidInFile', { file: source.file, count })
        : domainMessage('declaration.invalid', { count }),
      issues,
    );
  }
  return result.data;
}
