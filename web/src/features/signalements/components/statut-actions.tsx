import { nextStatuts, type StatutChanger } from '@domain/signalements/signalement.rules';
import { STATUT_LABELS, type Statut, type StatutChangeBody } from '@domain/signalements/signalement.schema';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { errorMessage } from '../../../lib/api-client';
import { DoublonChoice, type DoublonSubject, type DoublonValue } from './doublon-choice';

/**
 * The next statuses this reader may set, with a comment (required to reject). Marking a duplicate
 * offers the nearby candidates of `doublonDe` (the signalement itself) or its visible number.
 */
export function StatutActions({
  statut,
  who,
  onSubmit,
  pending,
  error,
  doublonDe,
}: {
  statut: Statut;
  who: StatutChanger;
  /** `sent` is called once the server accepted the change: the comment box then empties. */
  onSubmit: (input: StatutChangeBody, sent: () => void) => void;
  pending: boolean;
  error: unknown;
  doublonDe?: DoublonSubject;
}) {
  const [commentaire, setCommentaire] = useState('');
  const [doublon, setDoublon] = useState<DoublonValue | null>(null);
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
      {next.includes('doublon') && doublonDe ? (
        <DoublonChoice subject={doublonDe} value={doublon} onChange={setDoublon} />
      ) : null}
      <Group gap="xs">
        {next.map((to) => (
          <Button
            key={to}
            variant={to === 'resolu' ? 'filled' : 'light'}
            color={to === 'rejete' || to === 'doublon' ? 'gray' : undefined}
            loading={pending}
            onClick={() =>
              onSubmit(
                {
                  statut: to,
                  commentaire: commentaire.trim() || null,
                  ...(to === 'doublon' ? doublon : null),
                },
                () => {
                  setCommentaire('');
                  setDoublon(null);
                },
              )
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
