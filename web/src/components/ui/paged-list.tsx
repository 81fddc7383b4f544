import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '../../lib/api-client';
import type { PagedListData, PagedListQuery } from '../../lib/paged-list';
import { IconAlert } from './icons';
import { EmptyState, QueryState } from './query-state';

const fr = (n: number) => n.toLocaleString('fr-FR');

/** « 50 signalements sur 1 234 » while pages remain, « 12 signalements » once all are shown. */
function countLabel(shown: number, total: number, [one, many]: readonly [string, string]): string {
  const noun = (n: number) => (n > 1 ? many : one);
  return shown < total ? `${fr(shown)} ${noun(shown)} sur ${fr(total)}` : `${fr(total)} ${noun(total)}`;
}

/**
 * The one way a list is shown: loading and error states, the count (always visible), the rows
 * loaded so far, and « Voir plus » for the next page, saying how many remain. An empty list
 * says so in French.
 */
export function PagedList<T, P>({
  query,
  label,
  noun,
  empty,
  children,
}: {
  query: PagedListQuery<T, P>;
  /** What is loading, e.g. « les signalements ». */
  label: string;
  /** Singular and plural, e.g. ['signalement', 'signalements']. */
  noun: readonly [string, string];
  /** Said when no row matches. */
  empty: ReactNode;
  children: (items: T[], data: PagedListData<T, P>) => ReactNode;
}) {
  // A failed « Voir plus » keeps the rows already shown: it is said under them, not instead.
  const state = { ...query, error: query.isFetchNextPageError ? null : query.error };
  return (
    <QueryState query={state} label={label}>
      {(data) => {
        const remaining = data.total - data.items.length;
        return (
          <Stack gap="sm" aria-busy={query.isPlaceholderData || query.isFetchingNextPage}>
            <Text size="sm" c="dimmed" role="status">
              {data.total === 0 ? '' : countLabel(data.items.length, data.total, noun)}
            </Text>
            {data.items.length === 0 ? <EmptyState>{empty}</EmptyState> : children(data.items, data)}
            {query.isFetchNextPageError ? (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlert />}
                role="alert"
                title="Page suivante non chargée"
              >
                {errorMessage(query.error)}
              </Alert>
            ) : null}
            {query.hasNextPage && remaining > 0 ? (
              <Center>
                <Button
                  variant="default"
                  onClick={() => void query.fetchNextPage()}
                  loading={query.isFetchingNextPage}
                >
                  Voir plus (encore {fr(remaining)})
                </Button>
              </Center>
            ) : null}
          </Stack>
        );
      }}
    </QueryState>
  );
}
