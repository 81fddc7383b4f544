import type { OrientationStatut } from '@domain/accueil/accueil.taxonomies';
import type {
  OrientationPartenaireView,
  OrientationStatsRow,
  OrientationView,
  ReponsePartenaireInput,
  StatutUpdateInput,
} from '@domain/accueil/orientation.schema';
import type { Page } from '@domain/liste';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { byId, usePagedList } from '../../../lib/paged-list';

/** One status, the open ones (the list's default) or all. */
export type StatutFiltre = OrientationStatut | 'ouvertes' | 'toutes';

export interface OrientationFilters {
  statut: StatutFiltre;
  aRelancer: boolean;
}

const statutQuery = (s: StatutFiltre) => ({
  statut: s === 'ouvertes' || s === 'toutes' ? undefined : s,
  ouvertes: s === 'toutes' ? 'false' : undefined,
});

const key = ['orientations'] as const;

const getOrientations = <T>(query: Record<string, string | number | null | undefined>, signal: AbortSignal) =>
  api.get<Page<T>>('/api/orientations', { query, signal });

export const useOrientations = (f: OrientationFilters) =>
  usePagedList<OrientationView>({
    queryKey: [...key, 'staff', f],
    fetchPage: (page, signal) =>
      getOrientations<OrientationView>(
        { ...statutQuery(f.statut), aRelancer: f.aRelancer ? 'true' : undefined, ...page },
        signal,
      ),
    itemKey: byId,
  });

/** Every orientation of one person, whatever its status: their file tells their story. */
export const useOrientationsPersonne = (personneId: string) =>
  usePagedList<OrientationView>({
    queryKey: [...key, 'staff', 'personne', personneId],
    fetchPage: (page, signal) => getOrientations<OrientationView>({ personneId, ...page }, signal),
    itemKey: byId,
  });

/** How many orientations wait for a reminder (one row asked: only the total is read). */
export const useOrientationsARelancer = () =>
  useQuery({
    queryKey: [...key, 'staff', 'a-relancer'],
    queryFn: async ({ signal }) =>
      (await getOrientations<OrientationView>({ aRelancer: 'true', parPage: 1 }, signal)).total,
  });

/** A partner's own orientations (the server scopes them to its organisation). */
export const usePartnerOrientations = (statut: StatutFiltre) =>
  usePagedList<OrientationPartenaireView>({
    queryKey: [...key, 'partenaire', statut],
    fetchPage: (page, signal) =>
      getOrientations<OrientationPartenaireView>({ ...statutQuery(statut), ...page }, signal),
    itemKey: byId,
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
