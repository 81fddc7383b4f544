import type { StructureView } from '@domain/structures/structure.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type { StructureView };

export const structureQueryKey = ['structure'] as const;

export const getStructure = () => api.get<StructureView>('/api/structure');

export const structureQueryOptions = queryOptions({ queryKey: structureQueryKey, queryFn: getStructure });

export const useStructure = () => useQuery(structureQueryOptions);
