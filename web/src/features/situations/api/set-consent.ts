import type { ConsentInput, SituationView } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { situationPath } from './keys';
import { useSituationMutation } from './situation-mutation';

/** Records a party's consent to the mediation (given or refused). */
export const useSetConsent = (id: string) =>
  useSituationMutation(({ partieId, ...input }: ConsentInput & { partieId: string }) =>
    api.put<SituationView>(
      `${situationPath(id)}/parties/${encodeURIComponent(partieId)}/consentement`,
      input,
    ),
  );
