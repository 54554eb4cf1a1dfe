import { type ErrorIssue, JixiaoError } from '../errors';
import type { Localized } from '../i18n/localized';
import { domainMessage, type Message } from '../messages';
import { formatPath, issueMessage, type LabelNode, labelForPathIn } from '../model/parse';
import { type RectificationItem, rectificationItemSchema } from './model';

const leaf = (zh: string, en: string): LabelNode => ({ label: { zh, en } });

/** The item's fields as the ledger names them, for located messages (「整改措施」：不能为空). */
export const RECTIFICATION_LABELS: Record<string, LabelNode> = {
  source: {
    label: { zh: '问题来源', en: 'source' },
    fields: {
      kind: leaf('来源类型', 'source kind'),
      evaluationId: leaf('来源自评', 'source evaluation'),
      monitoringId: leaf('来源监控表', 'source monitoring report'),
      code: leaf('审核规则代码', 'finding code'),
      path: leaf('问题位置', 'place of the finding'),
      label: leaf('问题位置说明', 'place in words'),
    },
  },
  fiscalYear: leaf('预算年度', 'fiscal year'),
  problem: leaf('存在问题', 'problem'),
  measure: leaf('整改要求', 'required measure'),
  deadline: leaf('整改期限', 'deadline'),
  report: leaf('整改情况', 'what was done'),
};

export function rectificationLabel(path: readonly PropertyKey[], input?: unknown): Localized {
  return labelForPathIn(RECTIFICATION_LABELS, path, input, domainMessage('rectification.whole'));
}

function located(path: readonly PropertyKey[], message: Message, input: unknown): ErrorIssue {
  return { message, location: { path: formatPath(path), label: rectificationLabel(path, input) } };
}

/** The one way in for an item from outside (an HTTP body): valid, or one error listing every field. */
export function parseRectificationItem(input: unknown): RectificationItem {
  const result = rectificationItemSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => located(issue.path, issueMessage(issue), input));
  throw new JixiaoError(
    'INVALID_INPUT',
    domainMessage('rectification.invalid', { count: issues.length }),
    issues,
  );
}
