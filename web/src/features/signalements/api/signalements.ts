import type { Page } from '@domain/liste';
import type {
  CaptureResultView,
  Categorie,
  CleOpen311View,
  DelaisView,
  DiagnosticCreateInput,
  DiagnosticView,
  DoublonView,
  LienView,
  PhotoView,
  RegleRoutageInput,
  RegleView,
  SignalementCreateInput,
  SignalementDetail,
  SignalementView,
  Statut,
  StatutChangeBody,
} from '@domain/signalements/signalement.schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, csrfHeader } from '../../../lib/api-client';
import { byId, usePagedList } from '../../../lib/paged-list';

export const signalementsQueryKey = ['signalements'] as const;

/** One status, the open ones (the list's default) or all. */
export type StatutFiltre = Statut | 'ouverts' | 'tous';

export interface SignalementFilters {
  statut: StatutFiltre;
  categorie: Categorie | null;
  partenaireId: string | null;
  ageMaxJours: number | null;
  /** Only those the user captured. */
  miens?: boolean;
}

/** The visible signalements, page by page (`parPage` up to 200 for the map). */
export const useSignalements = (f: SignalementFilters, parPage?: number) =>
  usePagedList<SignalementView>({
    queryKey: [...signalementsQueryKey, 'liste', f, parPage],
    fetchPage: (page, signal) =>
      api.get<Page<SignalementView>>('/api/signalements', {
        query: {
          statut: f.statut === 'ouverts' || f.statut === 'tous' ? undefined : f.statut,
          ouverts: f.statut === 'tous' ? 'false' : undefined,
          categorie: f.categorie,
          partenaireId: f.partenaireId,
          ageMaxJours: f.ageMaxJours,
          miens: f.miens ? 'true' : undefined,
          ...page,
        },
        signal,
      }),
    itemKey: byId,
    parPage,
  });

export const useSignalement = (id: string) =>
  useQuery({
    queryKey: [...signalementsQueryKey, 'detail', id],
    queryFn: ({ signal }) =>
      api.get<SignalementDetail>(`/api/signalements/${encodeURIComponent(id)}`, { signal }),
  });

export const useDelais = () =>
  useQuery({
    queryKey: [...signalementsQueryKey, 'delais'],
    queryFn: ({ signal }) => api.get<DelaisView>('/api/signalements/delais', { signal }),
  });

/** GeoJSON of the QPV perimeters (properties: q = code, n = name). */
export interface Perimetres {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; properties: { q: string; n: string }; geometry: unknown }>;
}

export const useCarte = () =>
  useQuery({
    queryKey: [...signalementsQueryKey, 'carte'],
    queryFn: async ({ signal }) => {
      const [perimetres, reglages] = await Promise.all([
        api.get<Perimetres>('/api/signalements/perimetres', { signal }),
        api.get<{ tileUrl: string | null; attribution: string }>('/api/signalements/carte', { signal }),
      ]);
      return { perimetres, ...reglages };
    },
    staleTime: Infinity,
  });

export const useDoublons = (q: {
  categorie: Categorie | null;
  latitude: number | null;
  longitude: number | null;
  /** The signalement being marked, left out of its own candidates. */
  exclure?: string;
}) =>
  useQuery({
    queryKey: [...signalementsQueryKey, 'doublons', q],
    queryFn: ({ signal }) =>
      api.get<DoublonView[]>('/api/signalements/doublons', {
        query: { categorie: q.categorie, latitude: q.latitude, longitude: q.longitude, exclure: q.exclure },
        signal,
      }),
    enabled: q.categorie !== null && q.latitude !== null,
  });

export const photoUrl = (signalementId: string, photoId: string) =>
  `/api/signalements/${encodeURIComponent(signalementId)}/photos/${encodeURIComponent(photoId)}`;
export const lienPhotoUrl = (token: string, photoId: string) =>
  `/api/lien-signalement/${encodeURIComponent(token)}/photos/${encodeURIComponent(photoId)}`;

/** Sends one photo as the raw image body; the photo id makes a retry harmless. */
async function uploadPhoto(signalementId: string, photoId: string, blob: Blob): Promise<PhotoView> {
  let res: Response;
  try {
    res = await fetch(`${photoUrl(signalementId, '').replace(/\/$/, '')}?photoId=${photoId}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': blob.type || 'image/jpeg', ...csrfHeader() },
      body: blob,
    });
  } catch {
    throw new ApiError(0, 'reseau', 'La photo n’a pas pu être envoyée : vérifiez votre connexion.');
  }
  const body = await res.json().catch(() => null);
  if (!res.ok)
    throw new ApiError(res.status, body?.error?.code ?? 'inconnu', body?.error?.message ?? 'Photo refusée.');
  return body as PhotoView;
}

/** Saves the signalement (idempotent by its id), then its photos one by one. */
export function useCaptureSignalement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      body: SignalementCreateInput;
      photos: Array<{ id: string; blob: Blob }>;
    }) => {
      const result = await api.post<CaptureResultView>('/api/signalements', input.body);
      const photos = [];
      for (const p of input.photos) photos.push(await uploadPhoto(result.signalement.id, p.id, p.blob));
      return { ...result, signalement: { ...result.signalement, photos } };
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: signalementsQueryKey }),
  });
}

export function useChangeStatut(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: StatutChangeBody) =>
      api.post<SignalementDetail>(`/api/signalements/${encodeURIComponent(id)}/statut`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: signalementsQueryKey }),
  });
}

export function useTransmettre(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (partenaireId: string) =>
      api.post<SignalementDetail>(`/api/signalements/${encodeURIComponent(id)}/transmission`, {
        partenaireId,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: signalementsQueryKey }),
  });
}

/** The partner's signed link: no session, the token is the key. */
export const useLien = (token: string) =>
  useQuery({
    queryKey: ['lien-signalement', token],
    queryFn: ({ signal }) =>
      api.get<LienView>(`/api/lien-signalement/${encodeURIComponent(token)}`, {
        signal,
        skipUnauthorizedRedirect: true,
      }),
    retry: false,
  });

export function useLienStatut(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: StatutChangeBody) =>
      api.post<LienView>(`/api/lien-signalement/${encodeURIComponent(token)}/statut`, input, {
        skipUnauthorizedRedirect: true,
      }),
    onSuccess: (data) => qc.setQueryData(['lien-signalement', token], data),
  });
}

export const useRegles = () =>
  useQuery({
    queryKey: [...signalementsQueryKey, 'regles'],
    queryFn: ({ signal }) => api.get<RegleView[]>('/api/signalements/regles', { signal }),
  });

export function useSaveRegle() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RegleRoutageInput) => api.post<RegleView>('/api/signalements/regles', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...signalementsQueryKey, 'regles'] }),
  });
}

export function useDeleteRegle() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/signalements/regles/${encodeURIComponent(id)}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...signalementsQueryKey, 'regles'] }),
  });
}

const clesKey = ['open311', 'cles'] as const;
export const useClesOpen311 = (enabled: boolean) =>
  useQuery({
    queryKey: clesKey,
    queryFn: ({ signal }) => api.get<CleOpen311View[]>('/api/open311/cles', { signal }),
    enabled,
  });

export function useCreateCleOpen311() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (libelle: string) => api.post<CleOpen311View>('/api/open311/cles', { libelle }),
    onSuccess: () => qc.invalidateQueries({ queryKey: clesKey }),
  });
}

export function useRevokeCleOpen311() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/open311/cles/${encodeURIComponent(id)}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: clesKey }),
  });
}

const diagnosticsKey = [...signalementsQueryKey, 'diagnostics'] as const;
const getDiagnostics = (query: { du?: string; page: number; parPage: number }, signal: AbortSignal) =>
  api.get<Page<DiagnosticView>>('/api/signalements/diagnostics', { query, signal });

/** The walks, newest first, page by page. */
export const useDiagnostics = () =>
  usePagedList<DiagnosticView>({
    queryKey: [...diagnosticsKey, 'liste'],
    fetchPage: (page, signal) => getDiagnostics(page, signal),
    itemKey: byId,
  });

/** Walks held since `du`, to attach a capture to (a week holds a few). */
export const useRecentDiagnostics = (du: string) =>
  useQuery({
    queryKey: [...diagnosticsKey, 'depuis', du],
    queryFn: async ({ signal }) => (await getDiagnostics({ du, page: 1, parPage: 50 }, signal)).items,
  });

export function useCreateDiagnostic() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: DiagnosticCreateInput) =>
      api.post<DiagnosticView>('/api/signalements/diagnostics', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: diagnosticsKey }),
  });
}

export const diagnosticPdfUrl = (id: string) => `/api/signalements/diagnostics/${encodeURIComponent(id)}/pdf`;
