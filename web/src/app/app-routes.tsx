import { Component, type ReactNode, Suspense, useEffect } from 'react';
import { useLocation, useNavigate, useRoutes } from 'react-router';
import { reportLocation } from './navigation';
import { RouteErrorPage } from './pages/route-error-page';
import { routes } from './router';
import { FullPageLoader } from './session';

/** A page that throws shows the last-resort screen; moving to another page tries again. */
class PageErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidUpdate(previous: { resetKey: string }) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }
  override render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}

/**
 * The app's pages under a BrowserRouter: the declarative router, a third of the data router's
 * weight on a phone's cold load (issue 15 part 6, ADR 033).
 */
export function AppRoutes() {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    reportLocation(location.pathname, location.search, (to, options) => void navigate(to, options));
  }, [location.pathname, location.search, navigate]);
  const element = useRoutes(routes);
  return (
    <PageErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<FullPageLoader />}>{element}</Suspense>
    </PageErrorBoundary>
  );
}
