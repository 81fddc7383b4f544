import type { LieuCreateInput, LieuView } from '@domain/territoires/territoire.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { territoiresQueryKey } from './get-territoires';

export const createLieu = (territoireId: string, input: LieuCreateInput) =>
  api.post<LieuView>(`/api/territoires/${encodeURIComponent(territoireId)}/lieux`, input);

export const updateLieu = (id: string, input: LieuCreateInput) =>
  api.patch<LieuView>(`/api/lieux/${encodeURIComponent(id)}`, input);

/** Creates a place in `territoireId`, or updates `lieuId` when given. */
export const useSaveLieu = (territoireId: string, lieuId: string | null) =>
  useInvalidatingMutation(
    (input: LieuCreateInput) => (lieuId ? updateLieu(lieuId, input) : createLieu(territoireId, input)),
    [territoiresQueryKey],
  );
