import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'read', 'login', 'logout', 'unlock'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Création',
  update: 'Modification',
  delete: 'Suppression',
  read: 'Consultation',
  login: 'Connexion',
  logout: 'Déconnexion',
  unlock: 'Déverrouillage',
};

/** Entity types the server writes today; an unknown one is shown as is. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  structure: 'Structure',
  territoire: 'Territoire',
  secteur: 'Secteur',
  lieu: 'Lieu',
  partenaire: 'Partenaire',
  utilisateur: 'Utilisateur',
  jeton_api: 'Jeton d’API',
  session: 'Session',
};

export interface JournalEntry {
  id: number | string;
  createdAt: string;
  actorUserId: string | null;
  actorNom: string;
  /** session, jeton, lien, open311, systeme, inconnu (ADR 016). */
  canal: string;
  jetonId: string | null;
  /** « session », « jeton API “nom” »… */
  canalLibelle: string;
  action: string;
  entityType: string;
  entityId: string | null;
  diff: unknown;
}

export interface JournalPage {
  items: JournalEntry[];
  total: number;
  page: number;
  pageSize: number;
}

export interface JournalFilters {
  entityType: string | null;
  action: string | null;
  userId: string | null;
  /** Audit channel (session, jeton…). */
  canal: string | null;
  /** YYYY-MM-DD, Paris days, inclusive. */
  du: string | null;
  au: string | null;
  page: number;
}

export const getJournal = (f: JournalFilters, signal?: AbortSignal) =>
  api.get<JournalPage>('/api/journal', {
    query: {
      entityType: f.entityType,
      action: f.action,
      userId: f.userId,
      canal: f.canal,
      du: f.du,
      au: f.au,
      page: f.page,
    },
    signal,
  });

export const useJournal = (filters: JournalFilters) =>
  useQuery({
    queryKey: ['journal', filters],
    queryFn: ({ signal }) => getJournal(filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
