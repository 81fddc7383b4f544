import type { Role } from '@domain/auth/roles';
import { canUnlockActivite } from '@domain/main-courante/activite.rules';
import { revueSchema } from '@domain/main-courante/activite.schema';
import type { ActiviteView } from '@domain/main-courante/activite.views';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { FormAlert } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import { useDeverrouiller } from '../api/deverrouiller';
import { useRevue } from '../api/revue';

/** The coordinator's review: validated (then locked) or sent back with a comment; unlock is logged. */
export function RevuePanel({ a, role }: { a: ActiviteView; role: Role }) {
  const revue = useRevue(a.id);
  const unlock = useDeverrouiller(a.id);
  const form = useForm({ commentaire: '' });
  const send = (statut: 'validee' | 'a_corriger') => {
    const input = form.validate(revueSchema, { statut, commentaire: form.values.commentaire });
    if (input)
      revue.mutate(input, { onSuccess: () => form.reset({ commentaire: '' }), onError: form.handleError });
  };
  if (a.etat === 'en_cours') return null;
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h4" mb="xs">
        Revue de la coordination
      </Title>
      {a.verrouillee ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">Validée : l’activité est verrouillée.</Text>
          {canUnlockActivite({ role }) ? (
            <Button
              variant="light"
              color="orange"
              loading={unlock.isPending}
              onClick={() => unlock.mutate(undefined, { onError: form.handleError })}
            >
              Déverrouiller
            </Button>
          ) : null}
          <FormAlert message={form.formError} />
        </Stack>
      ) : (
        <form ref={form.formRef} onSubmit={(e) => e.preventDefault()} noValidate>
          <Stack gap="xs">
            <FormAlert message={form.formError} />
            <Textarea
              label="Commentaire"
              description="Obligatoire pour renvoyer à corriger."
              autosize
              minRows={2}
              {...form.textProps('commentaire')}
            />
            <Group gap="xs">
              <Button loading={revue.isPending} onClick={() => send('validee')}>
                Valider
              </Button>
              <Button
                color="orange"
                variant="light"
                loading={revue.isPending}
                onClick={() => send('a_corriger')}
              >
                À corriger
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
