import { render } from '@testing-library/react';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { EvaluationRecord, SessionBody } from '../api/types';
import { SessionProvider } from '../auth/SessionProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Draft } from '../workbench/draft';

/** One answer of the stand-in server: status and JSON body, or undefined for 404. */
export type ApiHandler = (method: string, path: string, body: unknown) => [number, unknown] | undefined;

/**
 * Component tests talk to a stand-in for the server's JSON answers: `fetch` is replaced for the test,
 * so the app's own API client, session and i18n run as they do in the browser.
 */
export function answerApiWith(handler: ApiHandler): void {
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://127.0.0.1').pathname;
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const [status, answer] = handler(init?.method ?? 'GET', path, body) ?? [
      404,
      { error: { code: 'NOT_FOUND', message: path } },
    ];
    return new Response(JSON.stringify(answer), { status });
  });
}

/** The same with fixed answers to GET by path. */
export function answerApi(answers: Record<string, unknown>): void {
  answerApiWith((_, path) => (answers[path] === undefined ? undefined : [200, answers[path]]));
}

export function session(userId: string, displayName: string): SessionBody {
  return {
    user: { id: userId, username: userId, displayName, mustChangePassword: false },
    roles: [{ role: 'preparer', roleLabel: '单位填报人', organisationId: null }],
    csrfToken: 'test',
  };
}

/** The app's providers around `ui`: language (Chinese), the signed-in session, antd's App context. */
export function renderInApp(ui: ReactElement) {
  return render(
    <I18nProvider>
      <SessionProvider>
        <App>{ui}</App>
      </SessionProvider>
    </I18nProvider>,
  );
}

/** A stored evaluation record around `evaluation`, as GET /api/evaluations/:id answers. */
export function recordOf(evaluation: Draft, over: Partial<EvaluationRecord> = {}): EvaluationRecord {
  return {
    id: 'e1',
    organisationId: 'o1',
    projectId: null,
    kind: evaluation.kind,
    fiscalYear: evaluation.fiscalYear,
    title: '',
    unitName: evaluation.unit.name,
    status: 'draft',
    ruleSetId: evaluation.ruleSet ?? 'mof-2020',
    totalScore: null,
    grade: null,
    executionRate: null,
    errorCount: 0,
    warningCount: 0,
    demo: false,
    createdAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-01T08:00:00.000Z',
    updatedBy: 'u1',
    version: 1,
    evaluation: evaluation as EvaluationRecord['evaluation'],
    updatedByName: '张填报',
    priorYear: null,
    reviewChain: ['sign', 'departmentReview', 'financeReview'],
    actions: ['submit'],
    ...over,
  };
}
