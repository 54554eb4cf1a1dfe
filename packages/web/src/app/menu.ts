import type { Role } from '../api/types';
import type { MessageKey } from '../i18n/messages.zh';

/**
 * The side menu as data: which pages each role sees, in which group, and the to-do count beside each.
 * The frame draws it (AppLayout), the breadcrumbs follow it and the router refuses what it does not
 * offer (RequireRole), so a page's roles are written once, here. Pure: tested without a browser.
 */
export type MenuKey =
  | 'home'
  | 'evaluations'
  | 'targets'
  | 'review'
  | 'overview'
  | 'audit'
  | 'monitoringOverview'
  | 'monitoring'
  | 'results'
  | 'rectification'
  | 'adminUsers'
  | 'adminOrganisations'
  | 'adminYears'
  | 'adminRuleSets'
  | 'adminAuditLog'
  | 'adminIndicatorLibrary';

export type MenuIcon = 'home' | 'list' | 'review' | 'overview' | 'audit' | 'admin';

export interface MenuEntry {
  key: MenuKey;
  path: string;
  label: MessageKey;
  icon?: MenuIcon;
  /** What waits for this user on that page (to-do count), when the server tells. */
  badge?: number;
}

export interface MenuGroup {
  key: 'admin';
  label: MessageKey;
  icon: MenuIcon;
  children: MenuEntry[];
}

export type MenuItem = MenuEntry | MenuGroup;

export type TodoCounts = Partial<Record<MenuKey, number>>;

const REVIEWERS: readonly Role[] = ['unitApprover', 'departmentReviewer', 'financeReviewer'];
const BUREAU: readonly Role[] = ['departmentReviewer', 'financeReviewer', 'admin'];
const ADMIN: readonly Role[] = ['admin'];

interface PageRule extends Omit<MenuEntry, 'badge'> {
  /** Who sees the page; absent: every signed-in user. */
  roles?: readonly Role[];
}

const TOP: readonly PageRule[] = [
  { key: 'home', path: '/', label: 'nav.home', icon: 'home' },
  { key: 'evaluations', path: '/evaluations', label: 'nav.evaluations', icon: 'list' },
  { key: 'targets', path: '/targets', label: 'nav.targets', icon: 'list' },
  { key: 'review', path: '/review', label: 'nav.review', icon: 'review', roles: REVIEWERS },
  { key: 'overview', path: '/overview', label: 'nav.overview', icon: 'overview', roles: BUREAU },
  { key: 'audit', path: '/audit', label: 'nav.audit', icon: 'audit', roles: BUREAU },
  // 双监控: the overview first, so /monitoring/overview is found before the /monitoring/:id pages below it.
  {
    key: 'monitoringOverview',
    path: '/monitoring/overview',
    label: 'nav.monitoringOverview',
    icon: 'overview',
    roles: ['departmentReviewer', 'financeReviewer'],
  },
  // 结果应用: every role reads the list within its scope; only the finance reviewer adjusts it.
  { key: 'results', path: '/results', label: 'nav.results', icon: 'overview' },
  { key: 'monitoring', path: '/monitoring', label: 'nav.monitoring', icon: 'list' },
  { key: 'rectification', path: '/rectification', label: 'nav.rectification', icon: 'list' },
];

const ADMIN_PAGES: readonly PageRule[] = [
  { key: 'adminUsers', path: '/admin/users', label: 'nav.adminUsers', roles: ADMIN },
  { key: 'adminOrganisations', path: '/admin/organisations', label: 'nav.adminOrganisations', roles: ADMIN },
  { key: 'adminYears', path: '/admin/years', label: 'nav.adminYears', roles: ADMIN },
  { key: 'adminRuleSets', path: '/admin/rule-sets', label: 'nav.adminRuleSets', roles: ADMIN },
  { key: 'adminAuditLog', path: '/admin/audit-log', label: 'nav.adminAuditLog', roles: ADMIN },
  {
    key: 'adminIndicatorLibrary',
    path: '/admin/indicator-library',
    label: 'nav.adminIndicatorLibrary',
    roles: ['financeReviewer', 'admin'],
  },
];

const sees = (rule: PageRule, roles: readonly Role[]) =>
  !rule.roles || rule.roles.some((r) => roles.includes(r));

function entry({ roles: _roles, ...rest }: PageRule, counts: TodoCounts): MenuEntry {
  const badge = counts[rest.key];
  return badge ? { ...rest, badge } : rest;
}

/** The menu a user with these roles sees, with the to-do counts that are above zero. */
export function menuFor(roles: readonly Role[], counts: TodoCounts = {}): MenuItem[] {
  const top = TOP.filter((p) => sees(p, roles)).map((p) => entry(p, counts));
  const admin = ADMIN_PAGES.filter((p) => sees(p, roles)).map((p) => entry(p, counts));
  return admin.length > 0
    ? [...top, { key: 'admin', label: 'nav.adminGroup', icon: 'admin', children: admin }]
    : top;
}

/** The menu entry a path belongs to: its own page, or the page it sits under (/evaluations/7 → 自评列表). */
function ruleAt(pathname: string): { rule: PageRule; group?: 'admin' } | undefined {
  const within = (p: PageRule) =>
    p.path === '/' ? pathname === '/' : pathname === p.path || pathname.startsWith(`${p.path}/`);
  const admin = ADMIN_PAGES.find(within);
  if (admin) return { rule: admin, group: 'admin' };
  const top = TOP.find(within);
  return top ? { rule: top } : undefined;
}

/** Whether a user with these roles may open the page at this path (paths outside the menu: yes). */
export function mayOpen(pathname: string, roles: readonly Role[]): boolean {
  const at = ruleAt(pathname);
  return !at || sees(at.rule, roles);
}

/** The menu key to highlight at this path, and the group to keep open. */
export function selectedAt(pathname: string): { selected?: MenuKey; open?: 'admin' } {
  const at = ruleAt(pathname);
  if (!at) return {};
  return at.group ? { selected: at.rule.key, open: at.group } : { selected: at.rule.key };
}

export interface Crumb {
  label: MessageKey;
  /** Absent on the last crumb (the page itself) and on a group. */
  path?: string;
}

/** The page names from home to this path; a path the app does not know ends in 页面不存在. */
export function breadcrumbFor(pathname: string, known: boolean): Crumb[] {
  // 首页, not the menu's 我的工作台: one link name per target on the page.
  const home: Crumb = { label: 'nav.homeCrumb', path: '/' };
  if (!known) return [home, { label: 'shell.notFoundTitle' }];
  if (pathname === '/forbidden') return [home, { label: 'shell.forbiddenTitle' }];
  const at = ruleAt(pathname);
  if (!at || at.rule.key === 'home') return [{ label: 'nav.home' }];
  const group: Crumb[] = at.group ? [{ label: 'nav.adminGroup' }] : [];
  if (pathname === at.rule.path) return [home, ...group, { label: at.rule.label }];
  // Below a page: the workbench of one evaluation, under the list.
  const child: MessageKey = at.rule.key === 'monitoring' ? 'nav.monitoringReport' : 'nav.workbench';
  return [home, ...group, { label: at.rule.label, path: at.rule.path }, { label: child }];
}
