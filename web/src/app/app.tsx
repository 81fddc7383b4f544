import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { setCsrfToken, setUnauthorizedHandler } from '../lib/api-client';
import { paths } from '../lib/paths';
import { queryClient } from '../lib/query-client';
import { NotificationsHost } from './notifications-host';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';
import { UpdateBanner } from './update-banner';

// A 401 anywhere but the login form means the session is gone: forget it and sign in again.
setUnauthorizedHandler(() => {
  setCsrfToken(null);
  queryClient.clear();
  const { pathname, search } = router.state.location;
  if (pathname !== paths.connexion) {
    void router.navigate(paths.connexion, { replace: true, state: { from: pathname + search } });
  }
});

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <NotificationsHost />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
      <UpdateBanner />
    </MantineProvider>
  );
}
