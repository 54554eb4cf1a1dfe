import { describe, expect, it } from 'vitest';
import type { Role } from '../api/types';
import { breadcrumbFor, type MenuItem, mayOpen, menuFor, selectedAt } from './menu';

const keys = (items: MenuItem[]) =>
  items.map((i) => ('children' in i ? `${i.key}(${i.children.map((c) => c.key).join(',')})` : i.key));

describe('the side menu by role', () => {
  it.each<[Role, string[]]>([
    ['preparer', ['home', 'evaluations', 'targets', 'results', 'monitoring', 'rectification']],
    ['unitApprover', ['home', 'evaluations', 'targets', 'review', 'results', 'monitoring', 'rectification']],
    [
      'departmentReviewer',
      [
        'home',
        'evaluations',
        'targets',
        'review',
        'overview',
        'audit',
        'monitoringOverview',
        'results',
        'monitoring',
        'rectification',
      ],
    ],
    [
      'financeReviewer',
      [
        'home',
        'evaluations',
        'targets',
        'review',
        'overview',
        'audit',
        'monitoringOverview',
        'results',
        'monitoring',
        'rectification',
        'admin(adminIndicatorLibrary)',
      ],
    ],
    [
      'admin',
      [
        'home',
        'evaluations',
        'targets',
        'overview',
        'audit',
        'results',
        'monitoring',
        'rectification',
        'admin(adminUsers,adminOrganisations,adminYears,adminRuleSets,adminAuditLog,adminIndicatorLibrary)',
      ],
    ],
  ])('%s sees %j', (role, expected) => {
    expect(keys(menuFor([role]))).toEqual(expected);
  });

  it('joins what several roles see, each page once', () => {
    expect(keys(menuFor(['preparer', 'unitApprover']))).toEqual([
      'home',
      'evaluations',
      'targets',
      'review',
      'results',
      'monitoring',
      'rectification',
    ]);
  });

  it('puts each to-do count above zero beside its entry and leaves the others bare', () => {
    const items = menuFor(['financeReviewer'], { review: 3, overview: 0, adminUsers: 2 });
    expect(items.find((i) => i.key === 'review')).toMatchObject({ path: '/review', badge: 3 });
    expect(items.find((i) => i.key === 'overview')).not.toHaveProperty('badge');
    // A count for a page the role does not see shows nowhere.
    expect(JSON.stringify(items)).not.toContain('adminUsers');
  });
});

describe('what a path may open and highlights', () => {
  it.each<[string, Role, boolean]>([
    ['/', 'preparer', true],
    ['/evaluations/0b7e', 'preparer', true],
    ['/overview', 'preparer', false],
    ['/audit', 'unitApprover', false],
    ['/review', 'preparer', false],
    ['/admin/users', 'financeReviewer', false],
    ['/admin/users', 'admin', true],
    ['/admin/rule-sets/mof-2020', 'admin', true],
    // The indicator library is kept by the finance bureau and the administrator.
    ['/admin/indicator-library', 'financeReviewer', true],
    ['/admin/indicator-library', 'admin', true],
    ['/admin/indicator-library', 'departmentReviewer', false],
    ['/admin/indicator-library', 'preparer', false],
    // Not a menu page: the router decides (404), not the roles.
    ['/nothing-here', 'preparer', true],
    // A path that only starts like a page is not under it.
    ['/reviewers', 'preparer', true],
    // 双监控: a unit's report for everyone with access to it; the overview for the reviewers only.
    ['/monitoring/0b7e', 'preparer', true],
    ['/monitoring/overview', 'preparer', false],
    ['/monitoring/overview', 'unitApprover', false],
    ['/monitoring/overview', 'financeReviewer', true],
  ])('%s for %s → %s', (path, role, allowed) => {
    expect(mayOpen(path, [role])).toBe(allowed);
  });

  it('highlights the page a path sits under and opens the admin group for its pages', () => {
    expect(selectedAt('/')).toEqual({ selected: 'home' });
    expect(selectedAt('/evaluations/abc')).toEqual({ selected: 'evaluations' });
    expect(selectedAt('/admin/years')).toEqual({ selected: 'adminYears', open: 'admin' });
    expect(selectedAt('/nowhere')).toEqual({});
  });
});

describe('breadcrumbs from the route', () => {
  it('name the page under home, the workbench under the list, admin pages under 系统管理', () => {
    expect(breadcrumbFor('/', true)).toEqual([{ label: 'nav.home' }]);
    expect(breadcrumbFor('/overview', true)).toEqual([
      { label: 'nav.homeCrumb', path: '/' },
      { label: 'nav.overview' },
    ]);
    expect(breadcrumbFor('/evaluations/7', true)).toEqual([
      { label: 'nav.homeCrumb', path: '/' },
      { label: 'nav.evaluations', path: '/evaluations' },
      { label: 'nav.workbench' },
    ]);
    expect(breadcrumbFor('/monitoring/7', true)).toEqual([
      { label: 'nav.homeCrumb', path: '/' },
      { label: 'nav.monitoring', path: '/monitoring' },
      { label: 'nav.monitoringReport' },
    ]);
    expect(breadcrumbFor('/admin/audit-log', true)).toEqual([
      { label: 'nav.homeCrumb', path: '/' },
      { label: 'nav.adminGroup' },
      { label: 'nav.adminAuditLog' },
    ]);
  });

  it('end in 页面不存在 on an unknown path and in 无权访问 on the 403 page', () => {
    expect(breadcrumbFor('/evaluations/7/nonsense', false)).toEqual([
      { label: 'nav.homeCrumb', path: '/' },
      { label: 'shell.notFoundTitle' },
    ]);
    expect(breadcrumbFor('/forbidden', true)).toEqual([
      { label: 'nav.homeCrumb', path: '/' },
      { label: 'shell.forbiddenTitle' },
    ]);
  });
});
