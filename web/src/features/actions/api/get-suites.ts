import type { SuiteView } from '@domain/actions/action-suites';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { actionPath, actionsQueryKey } from './keys';

export const suitesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...actionsQueryKey, 'suites', id],
    queryFn: ({ signal }) => api.get<SuiteView[]>(`${actionPath(id)}/suites`, { signal }),
  });

/** The signalements, demandes and situations created after the action, linked to it (ADR 037). */
export const useSuites = (id: string) => useQuery(suitesQueryOptions(id));
