// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../api/types';
import { answerApiWith, renderInApp, session } from '../../test/render';
import ResultsPage from './ResultsPage';

const entry = {
  evaluationId: 'e1',
  fiscalYear: 2025,
  kind: 'project',
  title: '科普项目',
  unitId: 'u1',
  unitName: '甲区科协本级',
  ruleSetId: 'mof-2020',
  totalScore: '79.45',
  grade: 'fair',
  gradeLabel: '中',
  budget: '137.85',
  suggestion: 'reduce',
  change: '-13.79',
  ruleSuggestion: 'reduce',
  changePercent: '-10',
  ruleChange: '-13.79',
  ruleText: '核减',
  overridden: false,
  reason: null,
  version: 0,
};
const list = (departments: unknown[]) => ({
  fiscalYear: 2025,
  budget: '137.85',
  change: '-13.79',
  departments,
});
const department = {
  departmentId: 'd1',
  departmentName: '甲区科协',
  budget: '137.85',
  change: '-13.79',
  units: [{ unitId: 'u1', unitName: '甲区科协本级', budget: '137.85', change: '-13.79', entries: [entry] }],
};

function serve(role: Role, departments: unknown[], posted: string[]) {
  const me = session('u1', '李财政');
  me.roles = [{ role, roleLabel: '财政局审核人', organisationId: 'b1' }];
  answerApiWith((method, path) => {
    if (path === '/api/session/current') return [200, { session: me }];
    if (path === '/api/organisations') return [200, { items: [] }];
    if (path === '/api/results') return [200, list(departments)];
    if (method === 'POST' && path === '/api/results/publish') {
      posted.push(path);
      return [
        201,
        {
          id: 'p1',
          kind: 'results',
          fiscalYear: 2025,
          title: '2025年度绩效自评结果应用清单',
          publishedAt: '',
        },
      ];
    }
    return undefined;
  });
}

describe('ResultsPage publishing the list', () => {
  it('lets the finance reviewer publish the year’s list after confirming, then links its public page', async () => {
    const posted: string[] = [];
    serve('financeReviewer', [department], posted);
    renderInApp(<ResultsPage />);
    fireEvent.click(await screen.findByTestId('results-publish'));
    // The confirmation's own 发布结果清单 button, after the one that opened it.
    await waitFor(() => expect(screen.getAllByRole('button', { name: /发布结果清单/ })).toHaveLength(2));
    const buttons = screen.getAllByRole('button', { name: /发布结果清单/ });
    const confirm = buttons[buttons.length - 1];
    if (!confirm) throw new Error('no confirmation');
    fireEvent.click(confirm);
    await waitFor(() => expect(posted).toEqual(['/api/results/publish']));
    const link = await screen.findByTestId('results-published');
    expect(link.getAttribute('href')).toBe('/public/p1');
  });

  it('offers no publishing to other roles, nor on a year without approved evaluations', async () => {
    serve('departmentReviewer', [department], []);
    const { unmount } = renderInApp(<ResultsPage />);
    await screen.findByTestId('results-table');
    expect(screen.queryByTestId('results-publish')).toBeNull();
    unmount();
    serve('financeReviewer', [], []);
    renderInApp(<ResultsPage />);
    await screen.findByText('本年度没有审核通过的自评');
    expect(screen.queryByTestId('results-publish')).toBeNull();
  });
});
