/** The body of the sensitive-data warning (loaded with the first warning: see sensitive-text.tsx). */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { SensitiveCheck } from './sensitive-text';

export default function SensitiveWarning({
  check,
  messages,
  onKeep,
  onRephrase,
}: {
  check: SensitiveCheck;
  messages: string[];
  onKeep: () => void;
  onRephrase?: () => void;
}) {
  return (
    <Alert color="orange" variant="light" role="alert" title="Ce texte semble contenir des données sensibles">
      <Stack gap="sm">
        <Stack component="ul" gap={4} m={0} pl="md">
          {messages.map((m) => (
            <Text component="li" size="sm" key={m}>
              {m}
            </Text>
          ))}
        </Stack>
        <Text size="sm">Reformulez si vous le pouvez ; vous pouvez aussi garder le texte tel quel.</Text>
        <Group gap="sm" grow>
          <Button
            variant="light"
            onClick={(event) => {
              const form = event.currentTarget.closest('form');
              check.dismiss();
              if (onRephrase) onRephrase();
              else form?.querySelector('textarea')?.focus();
            }}
          >
            Reformuler
          </Button>
          <Button
            variant="default"
            onClick={() => {
              check.keep();
              onKeep();
            }}
          >
            Garder le texte
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
