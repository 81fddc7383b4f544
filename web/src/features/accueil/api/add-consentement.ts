import type { ConsentementInput, ConsentementView } from '@domain/accueil/personne.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { personnePath, personnesQueryKey } from './keys';

export const addConsentement = (id: string, input: ConsentementInput) =>
  api.post<ConsentementView>(`${personnePath(id)}/consentements`, input);

/** Records a consent on the file; the file is read again. */
export const useAddConsentement = (id: string) =>
  useInvalidatingMutation(
    (input: ConsentementInput) => addConsentement(id, input),
    [[...personnesQueryKey, 'detail', id]],
  );
