import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not change by asking again; a network hiccup may.
      retry: (failureCount, error) =>
        failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
    // Offline, a mutation runs anyway (it is never paused with its button spinning): a street
    // capture is then kept by the outbox (`lib/outbox-capture.ts`), any other form says the
    // server does not answer.
    mutations: { retry: false, networkMode: 'always' },
  },
});
