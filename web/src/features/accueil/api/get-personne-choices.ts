import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getPersonnes } from './get-personnes';
import { personnesQueryKey } from './keys';

export const personneChoicesQueryOptions = (q: string) =>
  queryOptions({
    queryKey: [...personnesQueryKey, 'liste', 'choix', q],
    queryFn: async ({ signal }) => (await getPersonnes(q, { page: 1, parPage: 20 }, signal)).items,
    placeholderData: keepPreviousData,
  });

/** The first files matching a search, for a picker (type more to narrow it). */
export const usePersonneChoices = (q: string) => useQuery(personneChoicesQueryOptions(q));
