import { structureUpdateSchema } from '@domain/structures/structure.schema';
import { Button, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import type { StructureView } from '../api/get-structure';
import { useUpdateStructure } from '../api/update-structure';

export function StructureForm({ structure }: { structure: StructureView }) {
  const form = useForm({ nom: structure.nom });
  const update = useUpdateStructure();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(structureUpdateSchema, form.values);
    if (!input) return;
    update.mutate(input, {
      onSuccess: (saved) => {
        form.reset({ nom: saved.nom });
        notifications.show({
          color: 'teal',
          title: 'Structure renommée',
          message: `Nouveau nom : ${saved.nom}`,
        });
      },
      onError: form.handleError,
    });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack maw={520}>
        <TextInput
          label="Nom de la structure"
          required
          autoComplete="organization"
          {...form.textProps('nom')}
        />
        <FormAlert message={form.formError} />
        <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          Enregistrer
        </Button>
      </Stack>
    </form>
  );
}
