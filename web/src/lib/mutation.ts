import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * The usual mutation of the web: one API call, then the queries under `keys` are refetched
 * (lists and details alike). The call and the keys are declared in the operation's own file.
 */
export function useInvalidatingMutation<I, O>(mutationFn: (input: I) => Promise<O>, keys: QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

/**
 * A mutation that answers the row as it now is: its detail query (`detailKey`) gets the answer at
 * once, then the `refresh` keys are refetched. `background`: without waiting for them, and only
 * the queries not on screen (the one on screen already shows the answer). A null answer (a
 * capture the outbox keeps until the network is back) changes nothing.
 */
export function useFreshRowMutation<I, O extends object | null>(
  mutationFn: (input: I) => Promise<O>,
  detailKey: (row: NonNullable<O>) => QueryKey,
  refresh: QueryKey[],
  background = false,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (row) => {
      if (row === null) return; // kept on the phone (outbox): the server has not answered yet
      queryClient.setQueryData(detailKey(row as NonNullable<O>), row);
      const refetchType = background ? 'inactive' : 'active';
      const all = Promise.all(
        refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey, refetchType })),
      );
      return background ? undefined : all;
    },
  });
}
