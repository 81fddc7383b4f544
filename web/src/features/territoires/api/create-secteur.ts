import type { SecteurCreateInput, SecteurView } from '@domain/territoires/territoire.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { territoiresQueryKey } from './get-territoires';

export const createSecteur = ({ territoireId, ...input }: SecteurCreateInput & { territoireId: string }) =>
  api.post<SecteurView>(`/api/territoires/${encodeURIComponent(territoireId)}/secteurs`, input);

export const useCreateSecteur = () => useInvalidatingMutation(createSecteur, [territoiresQueryKey]);
