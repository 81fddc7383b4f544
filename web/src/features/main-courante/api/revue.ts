import type { RevueInput } from '@domain/main-courante/activite.schema';
import type { ActiviteView } from '@domain/main-courante/activite.views';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { activitePath, activitesQueryKey } from './keys';

export const revue = (id: string, input: RevueInput) =>
  api.post<ActiviteView>(`${activitePath(id)}/revue`, input);

/** Coordination's review of an activity: validated (then locked) or sent back with a comment. */
export const useRevue = (id: string) =>
  useInvalidatingMutation((input: RevueInput) => revue(id, input), [activitesQueryKey]);
