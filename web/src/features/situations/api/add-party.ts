import type { PartyCreateInput, SituationView } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { situationPath } from './keys';
import { useSituationMutation } from './situation-mutation';

/** Adds a party (a person’s file or a pseudonymous label). */
export const useAddParty = (id: string) =>
  useSituationMutation((input: PartyCreateInput) =>
    api.post<SituationView>(`${situationPath(id)}/parties`, input),
  );
