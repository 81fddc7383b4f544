import type {
  ConsentementRegistre,
  ConsentementsRegistre,
} from '@domain/confidentialite/confidentialite.schema';
import { api } from '../../../lib/api-client';
import { pagedListOptions, usePagedList } from '../../../lib/paged-list';

export interface ConsentementsFiltres {
  /** YYYY-MM-DD, Paris days, inclusive: the day the consent was given. */
  du: string | null;
  au: string | null;
}

export const consentementsListOptions = (f: ConsentementsFiltres) =>
  pagedListOptions<ConsentementRegistre, ConsentementsRegistre>({
    queryKey: ['consentements', f],
    fetchPage: (page, signal) =>
      api.get<ConsentementsRegistre>('/api/consentements', {
        query: { du: f.du, au: f.au, ...page },
        signal,
      }),
    itemKey: (c) => c.id,
    staleTime: 0,
  });

/** The consent register, newest first, page by page (each read is audited). */
export const useConsentements = (f: ConsentementsFiltres) => usePagedList(consentementsListOptions(f));

/** The record of processing activities, as a file to keep. */
export const registreUrl = (format: 'pdf' | 'json') => `/api/structure/registre-traitements?format=${format}`;
