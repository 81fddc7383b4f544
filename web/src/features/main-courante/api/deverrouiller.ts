import type { ActiviteView } from '@domain/main-courante/activite.views';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { activitePath, activitesQueryKey } from './keys';

export const deverrouiller = (id: string) => api.post<ActiviteView>(`${activitePath(id)}/deverrouiller`);

/** Opens a validated activity again for correction. */
export const useDeverrouiller = (id: string) =>
  useInvalidatingMutation(() => deverrouiller(id), [activitesQueryKey]);
