import { structureUpdateSchema } from '@domain/structures/structure.schema';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import { paths } from '../../../lib/paths';
import type { StructureView } from '../api/get-structure';
import { useUpdateStructure } from '../api/update-structure';

const fromView = (s: StructureView) => ({ nom: s.nom, slug: s.slug });

/** The structure's name and the short name of its public agenda's address. */
export function StructureForm({ structure }: { structure: StructureView }) {
  const form = useForm(fromView(structure));
  const update = useUpdateStructure();
  const agendaUrl = `${window.location.origin}${paths.agenda(structure.slug)}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(structureUpdateSchema, form.values);
    if (!input) return;
    update.mutate(input, {
      onSuccess: (saved) => {
        form.reset(fromView(saved));
        notifications.show({
          color: 'teal',
          title: 'Structure enregistrée',
          message: `${saved.nom} — agenda public : ${paths.agenda(saved.slug)}`,
        });
      },
      onError: form.handleError,
    });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Nom de la structure">
      <Stack maw={520}>
        <TextInput
          label="Nom de la structure"
          required
          autoComplete="organization"
          {...form.textProps('nom')}
        />
        <TextInput
          label="Nom court (adresse de l’agenda public)"
          description="Minuscules sans accents, chiffres et tirets, de 3 à 40 caractères. Changer ce nom change l’adresse : l’ancienne ne marchera plus."
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          {...form.textProps('slug')}
        />
        <Text size="sm">
          Agenda public des actions :{' '}
          <Anchor href={agendaUrl} target="_blank" rel="noopener" style={{ overflowWrap: 'anywhere' }}>
            {agendaUrl}
          </Anchor>
        </Text>
        <FormAlert message={form.formError} />
        <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          Enregistrer
        </Button>
      </Stack>
    </form>
  );
}
