import type { IncidentsView } from '@domain/alertes/alerte.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const getIncidents = (annee: number, signal?: AbortSignal) =>
  api.get<IncidentsView>('/api/alertes/incidents', { query: { annee }, signal });

/** The incidents of a year: counts by level, kind and place, without any resident's data. */
export const incidentsQueryOptions = (annee: number) =>
  queryOptions({
    queryKey: ['alertes', 'incidents', annee],
    queryFn: ({ signal }) => getIncidents(annee, signal),
  });

export const useIncidents = (annee: number) => useQuery(incidentsQueryOptions(annee));
