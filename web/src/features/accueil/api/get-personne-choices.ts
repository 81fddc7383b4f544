import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getPersonnes } from './get-personnes';
import { personnesQueryKey } from './keys';

export const personneChoicesQueryOptions = (q: string, consentement = false) =>
  queryOptions({
    queryKey: [...personnesQueryKey, 'liste', 'choix', q, consentement],
    queryFn: async ({ signal }) =>
      (await getPersonnes(q, { page: 1, parPage: 20 }, signal, consentement)).items,
    placeholderData: keepPreviousData,
  });

/** The first files matching a search, for a picker (type more to narrow it); `consentement`: with a consent in force only. */
export const usePersonneChoices = (q: string, consentement = false) =>
  useQuery(personneChoicesQueryOptions(q, consentement));
