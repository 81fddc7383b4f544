import type { PersonneView } from '@domain/accueil/personne.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { personnePath, personnesQueryKey } from './keys';

export const personneQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...personnesQueryKey, 'detail', id],
    queryFn: ({ signal }) => api.get<PersonneView>(personnePath(id), { signal }),
  });

/** One file with identity and consents: the server logs the read. */
export const usePersonne = (id: string) => useQuery(personneQueryOptions(id));
