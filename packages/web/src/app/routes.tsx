import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../auth/SessionProvider';
import { SignInPage } from '../pages/signin/SignInPage';
import { mayOpen } from './menu';
import { PageLoading } from './PageLoading';

// Every page but sign-in is loaded on demand: the sign-in page never pulls in the domain engine, the grid or ECharts.
// The signed-in frame (menu, dialogs) and the error page are lazy too, so the first download holds only
// what the sign-in form draws.
const SignedInFrame = lazy(() => import('./SignedInFrame').then((m) => ({ default: m.SignedInFrame })));
const PageError = lazy(() => import('./PageState').then((m) => ({ default: m.PageError })));
const HomePage = lazy(() => import('../pages/home/HomePage').then((m) => ({ default: m.HomePage })));
const WorkbenchPage = lazy(() => import('../pages/workbench/WorkbenchPage'));
const EvaluationListPage = lazy(() => import('../pages/review/EvaluationListPage'));
const OverviewPage = lazy(() => import('../pages/overview/OverviewPage'));
const AuditPage = lazy(() => import('../pages/audit/AuditPage'));
const TargetsListPage = lazy(() => import('../pages/targets/TargetsListPage'));
const DeclarationPage = lazy(() => import('../pages/targets/DeclarationPage'));
const ForbiddenPage = lazy(() => import('./ShellPages').then((m) => ({ default: m.ForbiddenPage })));
const NotFoundPage = lazy(() => import('./ShellPages').then((m) => ({ default: m.NotFoundPage })));
const UsersPage = lazy(() => import('../pages/admin/users/UsersPage'));
const OrganisationsPage = lazy(() => import('../pages/admin/organisations/OrganisationsPage'));
const YearsPage = lazy(() => import('../pages/admin/years/YearsPage'));
const RuleSetsPage = lazy(() => import('../pages/admin/rule-sets/RuleSetsPage'));
const AuditLogPage = lazy(() => import('../pages/admin/audit-log/AuditLogPage'));
const IndicatorLibraryPage = lazy(() => import('../pages/admin/indicator-library/IndicatorLibraryPage'));
const MonitoringListPage = lazy(() => import('../pages/monitoring/MonitoringListPage'));
const MonitoringOverviewPage = lazy(() => import('../pages/monitoring/MonitoringOverviewPage'));
const ResultsPage = lazy(() => import('../pages/results/ResultsPage'));
// The public site (信息公开): no sign-in, its own lazy chunks, so the sign-in page's download is unchanged.
const PublicSite = lazy(() => import('../pages/public/PublicSite'));
const PublicItemPage = lazy(() => import('../pages/public/PublicItemPage'));
const MonitoringPage = lazy(() => import('../pages/monitoring/MonitoringPage'));
const RectificationPage = lazy(() => import('../pages/rectification/RectificationPage'));

function RequireSession() {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <PageLoading />;
  if (user === null) return <Navigate to="/signin" replace state={{ from: location.pathname }} />;
  // A page the menu does not offer this user's roles answers 403 in place (the address stays).
  const allowed = mayOpen(
    location.pathname,
    user.roles.map((g) => g.role),
  );
  return (
    <Suspense fallback={<PageLoading />}>
      <SignedInFrame>
        <Suspense fallback={<PageLoading />}>{allowed ? <Outlet /> : <ForbiddenPage />}</Suspense>
      </SignedInFrame>
    </Suspense>
  );
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

export const router = createBrowserRouter([
  {
    path: '/public',
    element: (
      <Lazy>
        <PublicSite />
      </Lazy>
    ),
  },
  {
    path: '/public/:id',
    element: (
      <Lazy>
        <PublicItemPage />
      </Lazy>
    ),
  },
  {
    path: '/signin',
    element: <SignInPage />,
    errorElement: (
      <Lazy>
        <PageError />
      </Lazy>
    ),
  },
  {
    path: '/',
    element: <RequireSession />,
    errorElement: (
      <Lazy>
        <PageError />
      </Lazy>
    ),
    children: [
      {
        index: true,
        element: (
          <Lazy>
            <HomePage />
          </Lazy>
        ),
      },
      {
        path: 'evaluations',
        element: (
          <Lazy>
            <EvaluationListPage mode="all" />
          </Lazy>
        ),
      },
      {
        path: 'review',
        element: (
          <Lazy>
            <EvaluationListPage mode="review" />
          </Lazy>
        ),
      },
      {
        path: 'evaluations/:id',
        element: (
          <Lazy>
            <WorkbenchPage />
          </Lazy>
        ),
      },
      {
        path: 'targets',
        element: (
          <Lazy>
            <TargetsListPage />
          </Lazy>
        ),
      },
      {
        path: 'targets/:id',
        element: (
          <Lazy>
            <DeclarationPage />
          </Lazy>
        ),
      },
      {
        path: 'overview',
        element: (
          <Lazy>
            <OverviewPage />
          </Lazy>
        ),
      },
      {
        path: 'audit',
        element: (
          <Lazy>
            <AuditPage />
          </Lazy>
        ),
      },
      {
        path: 'monitoring',
        element: (
          <Lazy>
            <MonitoringListPage />
          </Lazy>
        ),
      },
      {
        path: 'results',
        element: (
          <Lazy>
            <ResultsPage />
          </Lazy>
        ),
      },
      {
        path: 'monitoring/overview',
        element: (
          <Lazy>
            <MonitoringOverviewPage />
          </Lazy>
        ),
      },
      {
        path: 'monitoring/:id',
        element: (
          <Lazy>
            <MonitoringPage />
          </Lazy>
        ),
      },
      {
        path: 'rectification',
        element: (
          <Lazy>
            <RectificationPage />
          </Lazy>
        ),
      },
      {
        path: 'forbidden',
        element: (
          <Lazy>
            <ForbiddenPage />
          </Lazy>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <Lazy>
            <UsersPage />
          </Lazy>
        ),
      },
      {
        path: 'admin/organisations',
        element: (
          <Lazy>
            <OrganisationsPage />
          </Lazy>
        ),
      },
      {
        path: 'admin/years',
        element: (
          <Lazy>
            <YearsPage />
          </Lazy>
        ),
      },
      {
        path: 'admin/rule-sets',
        element: (
          <Lazy>
            <RuleSetsPage />
          </Lazy>
        ),
      },
      {
        path: 'admin/audit-log',
        element: (
          <Lazy>
            <AuditLogPage />
          </Lazy>
        ),
      },
      {
        path: 'admin/indicator-library',
        element: (
          <Lazy>
            <IndicatorLibraryPage />
          </Lazy>
        ),
      },
      {
        path: '*',
        handle: { notFound: true },
        element: (
          <Lazy>
            <NotFoundPage />
          </Lazy>
        ),
      },
    ],
  },
]);
