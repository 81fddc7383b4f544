import type { OrientationView, StatutUpdateInput } from '@domain/accueil/orientation.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { orientationPath, orientationsQueryKey } from './keys';

export const setOrientationStatut = ({ id, ...input }: StatutUpdateInput & { id: string }) =>
  api.post<OrientationView>(`${orientationPath(id)}/statut`, input);

export const useSetOrientationStatut = () =>
  useInvalidatingMutation(setOrientationStatut, [orientationsQueryKey]);
