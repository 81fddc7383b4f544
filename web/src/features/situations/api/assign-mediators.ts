import type { AssignmentInput, SituationView } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { situationPath } from './keys';
import { useSituationMutation } from './situation-mutation';

/** Sets the mediators who follow the situation. */
export const useAssignMediators = (id: string) =>
  useSituationMutation((input: AssignmentInput) =>
    api.post<SituationView>(`${situationPath(id)}/affectation`, input),
  );
