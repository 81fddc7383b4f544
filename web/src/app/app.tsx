import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { RouterProvider } from 'react-router';
import { setCsrfToken, setUnauthorizedHandler } from '../lib/api-client';
import { paths } from '../lib/paths';
import { queryClient } from '../lib/query-client';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

// A 401 anywhere but the login form means the session is gone: forget it and sign in again.
setUnauthorizedHandler(() => {
  setCsrfToken(null);
  queryClient.clear();
  const { pathname, search } = router.state.location;
  if (pathname !== paths.connexion) {
    void router.navigate(paths.connexion, { replace: true, state: { from: pathname + search } });
  }
});

// The toasts' container is not needed for the first paint: keep it out of the first chunk.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((m) => ({ default: m.Notifications })),
);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Suspense fallback={null}>
        <Notifications position="top-right" limit={3} autoClose={4000} />
      </Suspense>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
