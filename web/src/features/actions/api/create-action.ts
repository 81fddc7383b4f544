import type { ActionCreate, ActionView } from '@domain/actions/action.schema';
import { api } from '../../../lib/api-client';
import { useFreshRowMutation } from '../../../lib/mutation';
import { actionsQueryKey } from './keys';

/** Idempotent on the client-made id: a retry after a lost answer never creates a second action. */
export const createAction = (input: ActionCreate) => api.post<ActionView>('/api/actions', input);

export const useCreateAction = () =>
  useFreshRowMutation(createAction, (a) => [...actionsQueryKey, 'detail', a.id], [actionsQueryKey]);
