/**
 * Free texts checked for sensitive data before they are saved (issue 16, part 3): the first
 * « Enregistrer » of a text that looks sensitive shows why and how to rephrase; the writer may
 * rephrase or keep the text (the server then counts the kept warning in the audit).
 */
import { detecterDonneesSensibles, messageDonnees } from '@domain/confidentialite/donnees-sensibles';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';

type MaybeText = string | null | undefined;

export interface SensitiveCheck {
  /** True when the texts may be saved: nothing sensitive, or the writer chose to keep these very texts. */
  allows: (...texts: MaybeText[]) => boolean;
  messages: string[] | null;
  keep: () => void;
  dismiss: () => void;
}

export function useSensitiveCheck(): SensitiveCheck {
  const kept = useRef<string | null>(null);
  const [warned, setWarned] = useState<{ key: string; messages: string[] } | null>(null);
  return {
    allows: (...texts) => {
      const written = texts.filter((t): t is string => Boolean(t?.trim()));
      const key = written.join('\n');
      if (kept.current === key) return true;
      const alertes = written.flatMap((t) => detecterDonneesSensibles(t));
      if (alertes.length === 0) return true;
      setWarned({ key, messages: messageDonnees(alertes) });
      return false;
    },
    messages: warned?.messages ?? null,
    keep: () => {
      kept.current = warned?.key ?? null;
      setWarned(null);
    },
    dismiss: () => setWarned(null),
  };
}

/** The warning, where the form shows its errors; « Garder le texte » saves it as it is. */
export function SensitiveTextWarning({
  check,
  onKeep,
  onRephrase,
}: {
  check: SensitiveCheck;
  /** Saves again (usually `form.requestSubmit()`), once the text is kept. */
  onKeep: () => void;
  /** Where to put the writer back; by default the form's first text area. */
  onRephrase?: () => void;
}) {
  if (!check.messages) return null;
  return (
    <Alert color="orange" variant="light" role="alert" title="Ce texte semble contenir des données sensibles">
      <Stack gap="sm">
        <List size="sm" spacing={4}>
          {check.messages.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
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
