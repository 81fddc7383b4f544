import type { PersonneView } from '@domain/accueil/personne.schema';
import { api } from '../../../lib/api-client';
import { personnePath } from './keys';
import { usePersonneMutation } from './personne-mutation';

/** Withdraws one consent of the file (kept in its history as withdrawn). */
export const useWithdrawConsentement = (id: string) =>
  usePersonneMutation((consentementId: string) =>
    api.post<PersonneView>(`${personnePath(id)}/consentements/${encodeURIComponent(consentementId)}/retrait`),
  );
