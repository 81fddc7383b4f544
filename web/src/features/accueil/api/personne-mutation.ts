import type { PersonneView } from '@domain/accueil/personne.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { demandesQueryKey, personnesQueryKey } from './keys';

/** A change answers the file as it now is: the detail is replaced, lists and requests refreshed. */
export function usePersonneMutation<I>(fn: (input: I) => Promise<PersonneView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (view) => {
      queryClient.setQueryData([...personnesQueryKey, 'detail', view.id], view);
      // A merge moves the duplicate's requests onto this file.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...personnesQueryKey, 'liste'] }),
        queryClient.invalidateQueries({ queryKey: demandesQueryKey }),
      ]);
    },
  });
}
