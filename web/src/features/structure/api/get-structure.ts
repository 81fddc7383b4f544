import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface StructureView {
  id: string;
  nom: string;
}

export const structureQueryKey = ['structure'] as const;

export const getStructure = () => api.get<StructureView>('/api/structure');

export const structureQueryOptions = queryOptions({ queryKey: structureQueryKey, queryFn: getStructure });

export const useStructure = () => useQuery(structureQueryOptions);
