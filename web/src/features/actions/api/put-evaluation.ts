import type { ActionView, EvaluationInput } from '@domain/actions/action.schema';
import { api } from '../../../lib/api-client';
import { useFreshRowMutation } from '../../../lib/mutation';
import { actionPath, actionsQueryKey } from './keys';

export const putEvaluation = (id: string, input: EvaluationInput) =>
  api.put<ActionView>(`${actionPath(id)}/evaluation`, input);

/** Writes (or rewrites) the evaluation of an action that has started. */
export const usePutEvaluation = (id: string) =>
  useFreshRowMutation(
    (input: EvaluationInput) => putEvaluation(id, input),
    (a) => [...actionsQueryKey, 'detail', a.id],
    [actionsQueryKey],
  );
