import type { SituationView } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { situationPath } from './keys';
import { useSituationMutation } from './situation-mutation';

/** Opens a closed situation again, with the reason. */
export const useReopenSituation = (id: string) =>
  useSituationMutation((input: { motif: string }) =>
    api.post<SituationView>(`${situationPath(id)}/reouverture`, input),
  );
