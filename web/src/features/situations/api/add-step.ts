import type { SituationView, StepCreateInput } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { situationPath } from './keys';
import { useSituationMutation } from './situation-mutation';

/** Adds a step (meeting, call, visit…) to the situation’s history. */
export const useAddStep = (id: string) =>
  useSituationMutation((input: StepCreateInput) =>
    api.post<SituationView>(`${situationPath(id)}/etapes`, input),
  );
