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
