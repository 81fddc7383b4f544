import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { actionPath, actionsQueryKey } from './keys';

/** Cancels an action: it stays, `annulee`, out of the report and no longer changes. */
export const cancelAction = (id: string) => api.delete<null>(actionPath(id));

export const useCancelAction = () => useInvalidatingMutation(cancelAction, [actionsQueryKey]);
