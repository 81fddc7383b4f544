import {
  OBSERVATION_KIND_LABELS,
  OBSERVATION_KINDS,
  type ObservationKind,
} from '@domain/main-courante/main-courante.taxonomies';
import { Button, Chip, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { SensitiveTextWarning, useSensitiveCheck } from '../../../components/ui/sensitive-text';
import { BottomSheet } from './bottom-sheet';

const NOTE_MAX = 500;

/** A veille sociale observation: what was seen, never who. Flagged for the coordination. */
export function ObservationSheet({
  opened,
  onClose,
  onSave,
}: {
  opened: boolean;
  onClose: () => void;
  onSave: (kind: ObservationKind, note: string) => void;
}) {
  const [kind, setKind] = useState<ObservationKind>('rassemblement');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sensitive = useSensitiveCheck();
  const formRef = useRef<HTMLFormElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = note.trim();
    if (!text) return setError('Décrivez brièvement ce que vous avez constaté.');
    if (text.length > NOTE_MAX) return setError(`Au plus ${NOTE_MAX} caractères.`);
    if (!(await sensitive.allows(text))) return;
    onSave(kind, text);
    setNote('');
    setError(null);
  };
  return (
    <BottomSheet opened={opened} onClose={onClose} title="Observation">
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md" pb="md">
          <Chip.Group value={kind} onChange={(v) => setKind(v as ObservationKind)}>
            <Text size="sm" fw={600}>
              Type
            </Text>
            <Group gap={6}>
              {OBSERVATION_KINDS.map((k) => (
                <Chip key={k} value={k} size="md">
                  {OBSERVATION_KIND_LABELS[k]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <Textarea
            label="Ce que vous avez constaté"
            description="Des faits, courts. Aucun nom, aucune description d’une personne."
            autosize
            minRows={3}
            maxLength={NOTE_MAX}
            ref={noteRef}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={error}
          />
          <SensitiveTextWarning
            check={sensitive}
            onKeep={() => formRef.current?.requestSubmit()}
            onRephrase={() => noteRef.current?.focus()}
          />
          <Button type="submit" size="lg">
            Enregistrer l’observation
          </Button>
        </Stack>
      </form>
    </BottomSheet>
  );
}
