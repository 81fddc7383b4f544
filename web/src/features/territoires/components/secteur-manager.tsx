import { type SecteurView, secteurCreateSchema } from '@domain/territoires/territoire.schema';
import { Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { FormAlert } from '../../../components/ui/form-alert';
import { EmptyState } from '../../../components/ui/query-state';
import { useForm } from '../../../lib/form';
import { useCreateSecteur } from '../api/create-secteur';
import { useDeleteSecteur } from '../api/delete-secteur';
import { useUpdateSecteur } from '../api/update-secteur';

function SecteurRow({ secteur }: { secteur: SecteurView }) {
  const [editing, setEditing] = useState(false);
  const form = useForm({ nom: secteur.nom });
  const update = useUpdateSecteur();
  const remove = useDeleteSecteur();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(secteurCreateSchema, form.values);
    if (!input) return;
    update.mutate(
      { id: secteur.id, ...input },
      {
        onSuccess: () => {
          setEditing(false);
          notifications.show({ color: 'teal', title: 'Secteur renommé', message: input.nom });
        },
        onError: form.handleError,
      },
    );
  };

  if (editing) {
    return (
      <Paper component="li" withBorder p="sm" radius="md">
        <form ref={form.formRef} onSubmit={submit} noValidate>
          <Stack gap="xs">
            <TextInput
              label={`Nouveau nom du secteur « ${secteur.nom} »`}
              required
              {...form.textProps('nom')}
            />
            <FormAlert message={form.formError} />
            <Group gap="xs">
              <Button type="submit" size="compact-md" loading={update.isPending}>
                Enregistrer
              </Button>
              <Button
                variant="default"
                size="compact-md"
                onClick={() => {
                  form.reset({ nom: secteur.nom });
                  setEditing(false);
                }}
              >
                Annuler
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    );
  }
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group justify="space-between" gap="xs">
        <span style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{secteur.nom}</span>
        <Group gap="xs">
          <Button
            variant="light"
            size="compact-sm"
            aria-label={`Renommer ${secteur.nom}`}
            onClick={() => setEditing(true)}
          >
            Renommer
          </Button>
          <ConfirmButton
            title="Supprimer ce secteur ?"
            message={`Le secteur « ${secteur.nom} » sera supprimé. Ses lieux resteront dans le territoire, sans secteur.`}
            confirmLabel="Supprimer"
            ariaLabel={`Supprimer ${secteur.nom}`}
            onConfirm={async () => {
              await remove.mutateAsync(secteur.id);
              notifications.show({ color: 'teal', title: 'Secteur supprimé', message: secteur.nom });
            }}
          >
            Supprimer
          </ConfirmButton>
        </Group>
      </Group>
    </Paper>
  );
}

/** Sectors of one territory: add, rename in place, delete. */
export function SecteurManager({
  territoireId,
  secteurs,
}: {
  territoireId: string;
  secteurs: SecteurView[];
}) {
  const form = useForm({ nom: '' });
  const create = useCreateSecteur();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(secteurCreateSchema, form.values);
    if (!input) return;
    create.mutate(
      { territoireId, ...input },
      {
        onSuccess: () => {
          form.reset({ nom: '' });
          notifications.show({ color: 'teal', title: 'Secteur ajouté', message: input.nom });
        },
        onError: form.handleError,
      },
    );
  };

  return (
    <Stack gap="sm">
      {secteurs.length === 0 ? (
        <EmptyState>Aucun secteur dans ce territoire.</EmptyState>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Secteurs">
          {secteurs.map((s) => (
            <SecteurRow key={s.id} secteur={s} />
          ))}
        </Stack>
      )}
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label="Nouveau secteur"
              placeholder="ex. Secteur nord"
              style={{ flex: '1 1 14rem' }}
              {...form.textProps('nom')}
            />
            <Button type="submit" loading={create.isPending}>
              Ajouter le secteur
            </Button>
          </Group>
          <FormAlert message={form.formError} title="Ajout impossible" />
        </Stack>
      </form>
    </Stack>
  );
}
