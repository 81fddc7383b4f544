import type { Page } from '@domain/liste';
import type { DiagnosticView } from '@domain/signalements/signalement.schema';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { diagnosticsQueryKey } from './keys';

export const getDiagnostics = (query: { du?: string; page: number; parPage: number }, signal: AbortSignal) =>
  api.get<Page<DiagnosticView>>('/api/signalements/diagnostics', { query, signal });

export const diagnosticsListOptions = () =>
  pagedListOptions<DiagnosticView>({
    queryKey: [...diagnosticsQueryKey, 'liste'],
    fetchPage: getDiagnostics,
    itemKey: byId,
  });

/** The walks, newest first, page by page. */
export const useDiagnostics = () => usePagedList(diagnosticsListOptions());
