import type { ProjetView } from '@domain/projets/projet.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { projetPath, projetsQueryKey } from './keys';

export const projetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...projetsQueryKey, 'un', id],
    queryFn: ({ signal }) => api.get<ProjetView>(projetPath(id), { signal }),
  });

/** One project: its facts, its status history, its timeline and totals. */
export const useProjet = (id: string) => useQuery(projetQueryOptions(id));
