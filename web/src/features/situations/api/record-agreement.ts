import type { AgreementInput, SituationView } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { situationPath } from './keys';
import { useSituationMutation } from './situation-mutation';

/** Records the agreement reached by the parties. */
export const useRecordAgreement = (id: string) =>
  useSituationMutation((input: AgreementInput) =>
    api.post<SituationView>(`${situationPath(id)}/accord`, input),
  );
