import type { ActionUpdate, ActionView } from '@domain/actions/action.schema';
import { api } from '../../../lib/api-client';
import { useFreshRowMutation } from '../../../lib/mutation';
import { actionPath, actionsQueryKey } from './keys';

export const updateAction = (id: string, input: ActionUpdate) => api.patch<ActionView>(actionPath(id), input);

/** Changes an action (audited); its page gets the answer at once. */
export const useUpdateAction = (id: string) =>
  useFreshRowMutation(
    (input: ActionUpdate) => updateAction(id, input),
    (a) => [...actionsQueryKey, 'detail', a.id],
    [actionsQueryKey],
  );
