import type { Page } from '@domain/liste';
import type { DeclarationView } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { declarationsQueryKey } from './keys';

export const declarationsListOptions = () =>
  pagedListOptions<DeclarationView>({
    queryKey: declarationsQueryKey,
    fetchPage: (page, signal) =>
      api.get<Page<DeclarationView>>('/api/declarations-impartialite', { query: page, signal }),
    itemKey: byId,
  });

/** My declared links (the whole team's for coordination), page by page. */
export const useDeclarations = () => usePagedList(declarationsListOptions());
