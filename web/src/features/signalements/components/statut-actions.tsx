import { nextStatuts, type StatutChanger } from '@domain/signalements/signalement.rules';
import { STATUT_LABELS, type Statut, type StatutChangeInput } from '@domain/signalements/signalement.schema';
import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { errorMessage } from '../../../lib/api-client';

/** The next statuses this reader may set, with a comment (required to reject). */
export function StatutActions({
  statut,
  who,
  onSubmit,
  pending,
  error,
}: {
  statut: Statut;
  who: StatutChanger;
  onSubmit: (input: StatutChangeInput) => void;
  pending: boolean;
  error: unknown;
}) {
  const [commentaire, setCommentaire] = useState('');
  const [doublonDeId, setDoublonDeId] = useState('');
  const next = nextStatuts(statut, who);
  if (next.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Ce signalement est clos.
      </Text>
    );
  return (
    <Stack gap="xs">
      <Textarea
        label="Commentaire (obligatoire pour rejeter)"
        value={commentaire}
        onChange={(e) => setCommentaire(e.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={2}
      />
      {next.includes('doublon') ? (
        <TextInput
          label="Doublon de (identifiant du signalement d’origine)"
          value={doublonDeId}
          onChange={(e) => setDoublonDeId(e.currentTarget.value.trim())}
        />
      ) : null}
      <Group gap="xs">
        {next.map((to) => (
          <Button
            key={to}
            variant={to === 'resolu' ? 'filled' : 'light'}
            color={to === 'rejete' || to === 'doublon' ? 'gray' : undefined}
            loading={pending}
            onClick={() =>
              onSubmit({
                statut: to,
                commentaire: commentaire.trim() || null,
                doublonDeId: to === 'doublon' ? doublonDeId || null : null,
              })
            }
          >
            {to === 'pris_en_compte'
              ? 'Pris en compte'
              : to === 'resolu'
                ? 'Résolu'
                : `Marquer ${STATUT_LABELS[to].toLowerCase()}`}
          </Button>
        ))}
      </Group>
      <FormAlert message={error ? errorMessage(error) : null} title="Statut non modifié" />
    </Stack>
  );
}
