import type { ImportReport } from '@domain/annuaire/annuaire.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';

export const EXPORT_URLS = {
  structures: '/api/annuaire/export/data-inclusion/structures',
  services: '/api/annuaire/export/data-inclusion/services',
} as const;

export const importAnnuaire = (payload: { structures: unknown[]; services: unknown[] }) =>
  api.post<ImportReport>('/api/annuaire/import/data-inclusion', payload);

/** Sends `{structures, services}` as the national API serves them; answers what was kept and rejected. */
export const useImportAnnuaire = () => useInvalidatingMutation(importAnnuaire, [['annuaire']]);
