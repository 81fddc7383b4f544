import type { PlanningView } from '@domain/planning/planning.schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const planningQueryKey = ['planning'] as const;

export interface PlanningFilters {
  du: string;
  au: string;
  mediateurId?: string;
  territoireId?: string;
}

export const getPlanning = (f: PlanningFilters, signal?: AbortSignal) =>
  api.get<PlanningView>('/api/planning', { query: { ...f }, signal });

/** Shifts, absences and public holidays of [du, au] (Paris days, 62 at most). */
export const planningQueryOptions = (f: PlanningFilters) =>
  queryOptions({
    queryKey: [...planningQueryKey, 'periode', f],
    queryFn: ({ signal }) => getPlanning(f, signal),
    placeholderData: keepPreviousData,
  });

export const usePlanning = (f: PlanningFilters) => useQuery(planningQueryOptions(f));
