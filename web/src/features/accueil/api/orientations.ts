import type { OrientationStatut } from '@domain/accueil/accueil.taxonomies';
import type {
  OrientationPartenaireView,
  OrientationStatsRow,
  OrientationView,
  ReponsePartenaireInput,
  StatutUpdateInput,
} from '@domain/accueil/orientation.schema';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface OrientationFilters {
  statut: OrientationStatut | null;
  aRelancer: boolean;
}

const key = ['orientations'] as const;

export const useOrientations = (f: OrientationFilters) =>
  useQuery({
    queryKey: [...key, 'staff', f],
    queryFn: ({ signal }) =>
      api.get<OrientationView[]>('/api/orientations', {
        query: { statut: f.statut, aRelancer: f.aRelancer ? 'true' : undefined, limit: 50 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** A partner's own orientations (the server scopes them to its organisation). */
export const usePartnerOrientations = (statut: OrientationStatut | null) =>
  useQuery({
    queryKey: [...key, 'partenaire', statut],
    queryFn: ({ signal }) =>
      api.get<OrientationPartenaireView[]>('/api/orientations', { query: { statut, limit: 50 }, signal }),
    placeholderData: keepPreviousData,
  });

export const useOrientationStats = () =>
  useQuery({
    queryKey: [...key, 'statistiques'],
    queryFn: ({ signal }) => api.get<OrientationStatsRow[]>('/api/orientations/statistiques', { signal }),
  });

export const useAnswerOrientation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: ReponsePartenaireInput & { id: string }) =>
      api.post<OrientationPartenaireView>(`/api/orientations/${encodeURIComponent(id)}/reponse`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
};

export const useSetOrientationStatut = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: StatutUpdateInput & { id: string }) =>
      api.post<OrientationView>(`/api/orientations/${encodeURIComponent(id)}/statut`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
};
