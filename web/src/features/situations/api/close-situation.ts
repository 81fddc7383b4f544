import type { ClosureInput, SituationView } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { situationPath } from './keys';
import { useSituationMutation } from './situation-mutation';

/** Closes the situation with its outcome. */
export const useCloseSituation = (id: string) =>
  useSituationMutation((input: ClosureInput) =>
    api.post<SituationView>(`${situationPath(id)}/cloture`, input),
  );
