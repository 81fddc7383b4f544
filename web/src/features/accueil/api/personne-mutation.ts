import type { PersonneView } from '@domain/accueil/personne.schema';
import { useFreshRowMutation } from '../../../lib/mutation';
import { demandesQueryKey, personnesQueryKey } from './keys';

/**
 * A change answers the file as it now is: the detail is replaced, the lists and the requests
 * refreshed (a merge moves the duplicate's requests onto this file).
 */
export const usePersonneMutation = <I>(fn: (input: I) => Promise<PersonneView>) =>
  useFreshRowMutation(fn, (view) => [...personnesQueryKey, 'detail', view.id], [
    [...personnesQueryKey, 'liste'],
    demandesQueryKey,
  ]);
