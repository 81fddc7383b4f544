import type { ActiviteUpdateInput } from '@domain/main-courante/activite.schema';
import type { ActiviteView } from '@domain/main-courante/activite.views';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { activitePath, activitesQueryKey } from './keys';

export const updateActivite = (id: string, input: ActiviteUpdateInput) =>
  api.patch<ActiviteView>(activitePath(id), input);

export const useUpdateActivite = (id: string) =>
  useInvalidatingMutation((input: ActiviteUpdateInput) => updateActivite(id, input), [activitesQueryKey]);
