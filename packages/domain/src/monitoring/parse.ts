import { type ErrorIssue, JixiaoError } from '../errors';
import type { Localized } from '../i18n/localized';
import type { Message } from '../messages';
import { type MonitoringReport, monitoringReportSchema } from '../model/monitoring';
import { formatPath, issueMessage, labelForPathIn } from '../model/parse';
import { MONITORING_LABELS } from './labels';
import { monitoringMessage } from './messages';

/**
 * The one way into the domain for a monitoring report from outside (a JSON file, an HTTP body, the 监控表
 * reader), as parseEvaluation is for evaluations: validate, and turn every problem into a located issue
 * in zh and en ("绩效指标第 2 行（培训人次）「完成目标可能性」：须从以下选择：…").
 */
export function parseMonitoring(input: unknown, source: { file?: string } = {}): MonitoringReport {
  const result = monitoringReportSchema.safeParse(input, { reportInput: true });
  const issues: ErrorIssue[] = result.success
    ? []
    : result.error.issues.map((issue) => located(issue.path, issueMessage(issue), input, source.file));
  if (result.success && result.data.kind === 'project' && !result.data.project) {
    issues.push(
      located(['project', 'name'], monitoringMessage('monitoring.projectNameRequired'), input, source.file),
    );
  }
  if (!result.success || issues.length > 0) {
    const count = issues.length;
    throw new JixiaoError(
      'INVALID_INPUT',
      source.file
        ? monitoringMessage('monitoring.invalidInFile', { file: source.file, count })
        : monitoringMessage('monitoring.invalid', { count }),
      issues,
    );
  }
  return result.data;
}

/** A field's label on the 监控表, in both languages. */
export function monitoringLabel(path: readonly PropertyKey[], input?: unknown): Localized {
  if (path.length === 0) return monitoringMessage('monitoring.whole').text;
  return labelForPathIn(MONITORING_LABELS, path, input);
}

function located(
  path: readonly PropertyKey[],
  message: Message,
  input: unknown,
  file: string | undefined,
): ErrorIssue {
  const label = monitoringLabel(path, input);
  return { message, location: { path: formatPath(path), label, ...(file ? { file } : {}) } };
}
