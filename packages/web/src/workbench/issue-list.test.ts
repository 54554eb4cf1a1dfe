import type { Finding } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import type { FieldIssue } from './draft';
import { blockingCount, fieldIssues } from './issue-list';

const issue = (path: string, zh: string): FieldIssue => ({ path, kind: 'invalid', message: { zh, en: zh } });
const found = (severity: Finding['severity'], path: string): Finding => ({
  code: 'x',
  severity,
  message: { zh: '', en: '' },
  location: { path, label: '' },
});

describe('the input problems the panel lists and the submit dialog counts', () => {
  it('names a field once, with the server’s message when both the server and the form name it', () => {
    const server = [issue('funds.total.adjustedBudget', '服务器'), issue('indicators[0].weight', '服务器')];
    const live = [issue('funds.total.adjustedBudget', '表单'), issue('indicators[1].name', '表单')];
    expect(fieldIssues(server, live).map((i) => [i.path, i.message.zh])).toEqual([
      ['funds.total.adjustedBudget', '服务器'],
      ['indicators[0].weight', '服务器'],
      ['indicators[1].name', '表单'],
    ]);
  });

  it('counts those problems and the error findings, not warnings or notes', () => {
    const issues = fieldIssues([issue('a', '1')], [issue('a', '1'), issue('b', '2')]);
    const findings = [found('error', 'c'), found('warning', 'd'), found('info', 'e'), found('error', 'f')];
    expect(blockingCount(findings, issues)).toBe(4);
  });
});
