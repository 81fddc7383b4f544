import { Alert, Button, Group, Text } from '@mantine/core';
import { dismissRefused, useOutbox } from '../api/outbox';

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
            <Text size="sm" key={r.seq}>
              {r.label} : {r.message}
            </Text>
          ))}
          <Group mt="xs">
            <Button size="xs" variant="white" color="red" onClick={dismissRefused}>
              J’ai compris
            </Button>
          </Group>
        </Alert>
      ) : null}
    </>
  );
}
