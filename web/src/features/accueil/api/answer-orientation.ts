import type { OrientationPartenaireView, ReponsePartenaireInput } from '@domain/accueil/orientation.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { orientationPath, orientationsQueryKey } from './keys';

export const answerOrientation = ({ id, ...input }: ReponsePartenaireInput & { id: string }) =>
  api.post<OrientationPartenaireView>(`${orientationPath(id)}/reponse`, input);

/** The partner's answer to an orientation. */
export const useAnswerOrientation = () => useInvalidatingMutation(answerOrientation, [orientationsQueryKey]);
