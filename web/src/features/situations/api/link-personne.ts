import type { PartyCreateInput, SituationView } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { situationPath } from './keys';
import { useSituationMutation } from './situation-mutation';

/** Adds a person's file as a party of a situation chosen from the file (pseudonymous label). */
export const useLinkPersonne = () =>
  useSituationMutation(({ situationId, ...input }: PartyCreateInput & { situationId: string }) =>
    api.post<SituationView>(`${situationPath(situationId)}/parties`, input),
  );
