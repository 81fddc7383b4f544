import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { setCsrfToken, setUnauthorizedHandler } from '../lib/api-client';
import { paths } from '../lib/paths';
import { queryClient } from '../lib/query-client';
import { AppRoutes } from './app-routes';
import { currentLocation, navigateTo } from './navigation';
import { NotificationsHost } from './notifications-host';
import { cssVariablesResolver, theme } from './theme';
import { UpdateBanner } from './update-banner';

// A 401 anywhere but the login form means the session is gone: forget it and sign in again.
setUnauthorizedHandler(() => {
  setCsrfToken(null);
  queryClient.clear();
  const { pathname, search } = currentLocation();
  if (pathname !== paths.connexion) {
    navigateTo(paths.connexion, { replace: true, state: { from: pathname + search } });
  }
});

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <NotificationsHost />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
      <UpdateBanner />
    </MantineProvider>
  );
}
