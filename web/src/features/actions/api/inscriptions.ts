import type { InscriptionView } from '@domain/actions/action-suites';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { actionPath, actionsQueryKey } from './keys';

const inscriptionsPath = (id: string) => `${actionPath(id)}/inscriptions`;
export const feuilleEmargementUrl = (id: string) => `${actionPath(id)}/feuille-emargement`;

const inscriptionsQueryOptions = (id: string, enabled: boolean) =>
  queryOptions({
    queryKey: [...actionsQueryKey, 'inscriptions', id],
    queryFn: ({ signal }) => api.get<InscriptionView[]>(inscriptionsPath(id), { signal }),
    enabled,
  });

/** The registered persons (pseudonyms): read only when the list is opened (a read is audited). */
export const useInscriptions = (id: string, enabled: boolean) =>
  useQuery(inscriptionsQueryOptions(id, enabled));

export const useInscrire = (id: string) =>
  useInvalidatingMutation(
    (personneId: string) => api.post<InscriptionView[]>(inscriptionsPath(id), { personneId }),
    [actionsQueryKey],
  );

export const useDesinscrire = (id: string) =>
  useInvalidatingMutation(
    (personneId: string) =>
      api.delete<InscriptionView[]>(`${inscriptionsPath(id)}/${encodeURIComponent(personneId)}`),
    [actionsQueryKey],
  );
