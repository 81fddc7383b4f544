import type { SituationView } from '@domain/situations/situation.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { situationsQueryKey } from './keys';

/** Every change answers the situation as it now is: lists and detail are refreshed. */
export function useSituationMutation<I>(fn: (input: I) => Promise<SituationView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (view) => {
      // The answer is the fresh situation: show it at once, refresh the lists in the background.
      queryClient.setQueryData([...situationsQueryKey, 'detail', view.id], view);
      void queryClient.invalidateQueries({ queryKey: situationsQueryKey, refetchType: 'inactive' });
    },
  });
}
