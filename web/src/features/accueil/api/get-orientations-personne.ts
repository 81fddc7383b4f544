import type { OrientationView } from '@domain/accueil/orientation.schema';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { getOrientations } from './get-orientations';
import { orientationsQueryKey } from './keys';

export const orientationsPersonneListOptions = (personneId: string) =>
  pagedListOptions<OrientationView>({
    queryKey: [...orientationsQueryKey, 'staff', 'personne', personneId],
    fetchPage: (page, signal) => getOrientations<OrientationView>({ personneId, ...page }, signal),
    itemKey: byId,
  });

/** Every orientation of one person, whatever its status: their file tells their story. */
export const useOrientationsPersonne = (personneId: string) =>
  usePagedList(orientationsPersonneListOptions(personneId));
