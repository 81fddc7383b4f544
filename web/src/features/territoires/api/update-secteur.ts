import type { SecteurCreateInput, SecteurView } from '@domain/territoires/territoire.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { territoiresQueryKey } from './get-territoires';

export const updateSecteur = ({ id, ...input }: SecteurCreateInput & { id: string }) =>
  api.patch<SecteurView>(`/api/secteurs/${encodeURIComponent(id)}`, input);

export const useUpdateSecteur = () => useInvalidatingMutation(updateSecteur, [territoiresQueryKey]);
