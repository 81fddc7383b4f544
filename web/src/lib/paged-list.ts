import type { Page } from '@domain/liste';
import {
  type InfiniteData,
  infiniteQueryOptions,
  keepPreviousData,
  type QueryKey,
  useInfiniteQuery,
} from '@tanstack/react-query';
import { useMemo } from 'react';

/** One page of a list endpoint, as every list of the API answers (docs/listes.md). */
export type ListPage<T> = Page<T>;

/** The usual row key, declared once so that the list is not rebuilt at every render. */
export const byId = (row: { id: string }): string => row.id;

/**
 * Rows asked per page: the contract's default (PAR_PAGE_DEFAUT in domain/liste.ts), written
 * here because importing a value from that module brings zod (24 kB gzip) into the street
 * capture pages, whose API file uses this hook.
 */
export const PAR_PAGE = 50;

export interface PagedListOptions<T, P extends ListPage<T>> {
  /** Every filter goes in the key: a new filter starts again at page 1. */
  queryKey: QueryKey;
  fetchPage: (query: { page: number; parPage: number }, signal: AbortSignal) => Promise<P>;
  /** Rows inserted between two pages shift the next one: the same row is then shown once. */
  itemKey: (item: T) => string;
  /** Rows per page, PAR_PAGE unless a view needs more at once (a map, at most 200). */
  parPage?: number;
  enabled?: boolean;
  staleTime?: number;
}

export interface PagedListData<T, P> {
  /** Every row loaded so far, in the server's order. */
  items: T[];
  /** Rows matching the filters on the server, as of the latest page. */
  total: number;
  /** The first page as answered (for extra fields such as the main courante's totals). */
  first: P;
}

/** What `usePagedList` reads: the infinite query's options (`infiniteQueryOptions`) and the row key. */
export type PagedListDefinition<T, P extends ListPage<T> = ListPage<T>> = ReturnType<
  typeof pagedListOptions<T, P>
>;

/**
 * The options of a list endpoint read page by page, built once per API operation (beside its
 * `useXxx` hook) so that a page can also prefetch or invalidate it by its key.
 */
export function pagedListOptions<T, P extends ListPage<T> = ListPage<T>>(options: PagedListOptions<T, P>) {
  return {
    itemKey: options.itemKey,
    query: infiniteQueryOptions<P, Error, InfiniteData<P, number>, QueryKey, number>({
      queryKey: options.queryKey,
      queryFn: ({ pageParam, signal }) =>
        options.fetchPage({ page: pageParam, parPage: options.parPage ?? PAR_PAGE }, signal),
      initialPageParam: 1,
      getNextPageParam: (last) => (last.page * last.parPage < last.total ? last.page + 1 : undefined),
      // The previous filter's rows stay on screen while the new ones load (no flash to a spinner).
      placeholderData: keepPreviousData,
      enabled: options.enabled,
      staleTime: options.staleTime,
    }),
  };
}

/**
 * A list endpoint read page by page: the first page at once, the next one on « Voir plus »
 * (`PagedList` draws both). Never the whole table.
 */
export function usePagedList<T, P extends ListPage<T> = ListPage<T>>(list: PagedListDefinition<T, P>) {
  const { itemKey } = list;
  const query = useInfiniteQuery(list.query);
  const pages = query.data?.pages;
  const data = useMemo((): PagedListData<T, P> | undefined => {
    const [first] = pages ?? [];
    if (!pages || !first) return undefined;
    const seen = new Set<string>();
    const items: T[] = [];
    for (const page of pages) {
      for (const item of page.items) {
        const k = itemKey(item);
        if (!seen.has(k)) {
          seen.add(k);
          items.push(item);
        }
      }
    }
    const last = pages[pages.length - 1] ?? first;
    return { items, total: Math.max(last.total, items.length), first };
  }, [pages, itemKey]);
  return {
    data,
    error: query.error,
    isPending: query.isPending,
    isPlaceholderData: query.isPlaceholderData,
    refetch: query.refetch,
    hasNextPage: query.hasNextPage,
    fetchNextPage: query.fetchNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    isFetchNextPageError: query.isFetchNextPageError,
  };
}

export type PagedListQuery<T, P = ListPage<T>> = {
  data: PagedListData<T, P> | undefined;
  error: unknown;
  isPending: boolean;
  isPlaceholderData: boolean;
  refetch: () => unknown;
  hasNextPage: boolean;
  fetchNextPage: () => unknown;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
};
