import type { SituationView, StepCreateInput } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { sendOrKeep } from '../../../lib/outbox-capture';
import { situationPath } from './keys';
import { useSituationMutation } from './situation-mutation';

/**
 * Adds a step (meeting, call, visit…) to the situation’s history: idempotent on its client-made
 * id, it waits in the outbox when the network does not answer (then null: nothing to show yet).
 */
export async function addStep(id: string, input: StepCreateInput): Promise<SituationView | null> {
  const path = `${situationPath(id)}/etapes`;
  const captured = await sendOrKeep(
    [{ method: 'POST', path, body: input, clientId: input.id, label: 'Étape de situation' }],
    () => api.post<SituationView>(path, input),
  );
  return captured.kept ? null : captured.result;
}

export const useAddStep = (id: string) =>
  useSituationMutation((input: StepCreateInput) => addStep(id, input));
