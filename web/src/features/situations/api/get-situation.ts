import type { SituationView } from '@domain/situations/situation.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { situationPath, situationsQueryKey } from './keys';

export const situationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...situationsQueryKey, 'detail', id],
    queryFn: ({ signal }) => api.get<SituationView>(situationPath(id), { signal }),
  });

/** One situation, with the fields the confidentiality matrix gives the reader. */
export const useSituation = (id: string) => useQuery(situationQueryOptions(id));
