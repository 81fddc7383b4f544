import type { SignalementDetail } from '@domain/signalements/signalement.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { signalementPath, signalementsQueryKey } from './keys';

export const signalementQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...signalementsQueryKey, 'detail', id],
    queryFn: ({ signal }) => api.get<SignalementDetail>(signalementPath(id), { signal }),
  });

/** One signalement with its history, photos and transmissions. */
export const useSignalement = (id: string) => useQuery(signalementQueryOptions(id));
