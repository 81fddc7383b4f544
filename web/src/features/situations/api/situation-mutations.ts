import type {
  AgreementInput,
  AssignmentInput,
  ClosureInput,
  ConsentInput,
  PartyCreateInput,
  SituationCreateInput,
  SituationView,
  StepCreateInput,
} from '@domain/situations/situation.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../lib/api-client';
import { situationsQueryKey } from './get-situations';

const base = (id: string) => `/api/situations/${encodeURIComponent(id)}`;

/** Every change answers the situation as it now is: lists and detail are refreshed. */
function useSituationMutation<I>(fn: (input: I) => Promise<SituationView>) {
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

export const useCreateSituation = () =>
  useSituationMutation((input: SituationCreateInput) => api.post<SituationView>('/api/situations', input));
export const useAddStep = (id: string) =>
  useSituationMutation((input: StepCreateInput) => api.post<SituationView>(`${base(id)}/etapes`, input));
export const useAddParty = (id: string) =>
  useSituationMutation((input: PartyCreateInput) => api.post<SituationView>(`${base(id)}/parties`, input));
/** Adds a person's file as a party of a situation chosen from the file (pseudonymous label). */
export const useLinkPersonne = () =>
  useSituationMutation(({ situationId, ...input }: PartyCreateInput & { situationId: string }) =>
    api.post<SituationView>(`${base(situationId)}/parties`, input),
  );
export const useSetConsent = (id: string) =>
  useSituationMutation(({ partieId, ...input }: ConsentInput & { partieId: string }) =>
    apiRequest<SituationView>(`${base(id)}/parties/${encodeURIComponent(partieId)}/consentement`, {
      method: 'PUT',
      body: input,
    }),
  );
export const useRecordAgreement = (id: string) =>
  useSituationMutation((input: AgreementInput) => api.post<SituationView>(`${base(id)}/accord`, input));
export const useCloseSituation = (id: string) =>
  useSituationMutation((input: ClosureInput) => api.post<SituationView>(`${base(id)}/cloture`, input));
export const useReopenSituation = (id: string) =>
  useSituationMutation((input: { motif: string }) =>
    api.post<SituationView>(`${base(id)}/reouverture`, input),
  );
export const useAssignMediators = (id: string) =>
  useSituationMutation((input: AssignmentInput) => api.post<SituationView>(`${base(id)}/affectation`, input));
