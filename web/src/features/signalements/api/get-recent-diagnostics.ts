import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDiagnostics } from './get-diagnostics';
import { diagnosticsQueryKey } from './keys';

export const recentDiagnosticsQueryOptions = (du: string) =>
  queryOptions({
    queryKey: [...diagnosticsQueryKey, 'depuis', du],
    queryFn: async ({ signal }) => (await getDiagnostics({ du, page: 1, parPage: 50 }, signal)).items,
  });

/** Walks held since `du`, to attach a capture to (a week holds a few). */
export const useRecentDiagnostics = (du: string) => useQuery(recentDiagnosticsQueryOptions(du));
