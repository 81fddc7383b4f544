import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '../../lib/api-client';
import { IconAlert } from './icons';

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/** Loading, error (with a retry) and data states of a query, the same everywhere. */
export function QueryState<T>({
  query,
  label,
  children,
}: {
  query: QueryLike<T>;
  /** What is loading, e.g. « les partenaires ». */
  label: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Stack align="center" gap="xs">
          <Loader size="sm" aria-hidden="true" />
          <Text size="sm" c="dimmed">
            Chargement de {label}…
          </Text>
        </Stack>
      </Center>
    );
  }
  if (query.error || query.data === undefined) {
    return (
      <Alert
        color="red"
        variant="light"
        title={`Impossible de charger ${label}`}
        icon={<IconAlert />}
        role="alert"
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(query.error)}</Text>
          <Button size="xs" variant="white" color="red" onClick={() => void query.refetch()}>
            Réessayer
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" ta="center" py="lg" size="sm">
      {children}
    </Text>
  );
}
