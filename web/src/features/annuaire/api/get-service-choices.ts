import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getServices, type ServiceFilters, servicesKey } from './get-services';

export const serviceChoicesQueryOptions = (f: ServiceFilters, parPage: number) =>
  queryOptions({
    queryKey: [...servicesKey(f), 'choix', parPage],
    queryFn: async ({ signal }) => (await getServices(f, { page: 1, parPage }, signal)).items,
    placeholderData: keepPreviousData,
  });

/** The first few matches, for a picker (type more to narrow it). */
export const useServiceChoices = (f: ServiceFilters, parPage: number) =>
  useQuery(serviceChoicesQueryOptions(f, parPage));
