import { Alert, Button, Group, Text } from '@mantine/core';
import { dismissRefused, useOutbox } from '../../../lib/outbox';

/** "Hors ligne — N en attente": the mediator knows nothing is lost. */
export function OutboxStatus() {
  const { pending, online, refused } = useOutbox();
  return (
    <>
      <Text
        size="sm"
        fw={600}
        role="status"
        aria-live="polite"
        c={online ? undefined : 'red.9'}
        data-testid="outbox-status"
      >
        {online
          ? pending
            ? `Envoi en cours — ${pending} en attente`
            : 'En ligne — tout est enregistré'
          : `Hors ligne — ${pending} en attente`}
      </Text>
      {refused.length ? (
        <Alert color="red" variant="light" role="alert" title="Refusé par le serveur">
          {refused.map((r) => (
            <Group key={r.seq} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm">
                {r.label} : {r.message}
              </Text>
              <Button
                size="compact-md"
                variant="white"
                color="red"
                onClick={() => void dismissRefused(r.seq)}
              >
                Retirer
              </Button>
            </Group>
          ))}
        </Alert>
      ) : null}
    </>
  );
}
