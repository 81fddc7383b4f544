import type { OrientationPartenaireView } from '@domain/accueil/orientation.schema';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { getOrientations, type StatutFiltre, statutQuery } from './get-orientations';
import { orientationsQueryKey } from './keys';

export const partnerOrientationsListOptions = (statut: StatutFiltre) =>
  pagedListOptions<OrientationPartenaireView>({
    queryKey: [...orientationsQueryKey, 'partenaire', statut],
    fetchPage: (page, signal) =>
      getOrientations<OrientationPartenaireView>({ ...statutQuery(statut), ...page }, signal),
    itemKey: byId,
  });

/** A partner's own orientations (the server scopes them to its organisation). */
export const usePartnerOrientations = (statut: StatutFiltre) =>
  usePagedList(partnerOrientationsListOptions(statut));
