import type { OrientationView } from '@domain/accueil/orientation.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getOrientations } from './get-orientations';
import { orientationsQueryKey } from './keys';

export const orientationsARelancerQueryOptions = queryOptions({
  queryKey: [...orientationsQueryKey, 'staff', 'a-relancer'],
  queryFn: async ({ signal }) =>
    (await getOrientations<OrientationView>({ aRelancer: 'true', parPage: 1 }, signal)).total,
});

/** How many orientations wait for a reminder (one row asked: only the total is read). */
export const useOrientationsARelancer = () => useQuery(orientationsARelancerQueryOptions);
