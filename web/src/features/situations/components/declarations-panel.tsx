import { declarationSchema } from '@domain/situations/situation.schema';
import { LINK_KIND_LABELS, LINK_KIND_LIST } from '@domain/situations/situation.taxonomies';
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { PagedList } from '../../../components/ui/paged-list';
import { useForm } from '../../../lib/form';
import type { Option } from '../../../lib/reference-options';
import { useCreateDeclaration } from '../api/create-declaration';
import { useDeleteDeclaration } from '../api/delete-declaration';
import { useDeclarations } from '../api/get-declarations';
import { frDay } from './options';

const KIND_OPTIONS = LINK_KIND_LIST.options;

/** A mediator declares their links to places: assigning them there then asks coordination for a justification. */
export function DeclarationsPanel({ lieuOptions }: { lieuOptions: Option[] }) {
  const declarations = useDeclarations();
  const create = useCreateDeclaration();
  const remove = useDeleteDeclaration();
  const form = useForm({ kind: null as string | null, lieuId: null as string | null, precision: '' });
  const lieu = (id: string | null) =>
    lieuOptions.find((o) => o.value === id)?.label ?? 'Une partie d’une situation';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(declarationSchema, { ...form.values, kind: form.values.kind ?? undefined });
    if (!input) return;
    create.mutate(input, {
      onSuccess: () => form.reset({ kind: null, lieuId: null, precision: '' }),
      onError: form.handleError,
    });
  };
  return (
    <Stack gap="sm">
      <PagedList
        query={declarations}
        label="vos déclarations"
        noun={['lien déclaré', 'liens déclarés']}
        empty="Aucun lien déclaré."
      >
        {(rows) => (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {rows.map((d) => (
              <Group component="li" key={d.id} justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                  {LINK_KIND_LABELS[d.kind]} — {lieu(d.lieuId)} (déclaré le {frDay(d.dateDeclaration)})
                </Text>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => remove.mutate(d.id)}
                  loading={remove.isPending}
                >
                  Retirer
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </PagedList>
      <form onSubmit={submit} noValidate aria-label="Déclarer un lien">
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            <Select label="Lien" data={KIND_OPTIONS} {...form.selectProps('kind')} allowDeselect={false} />
            <Select label="Lieu" data={lieuOptions} {...form.selectProps('lieuId')} searchable />
            <TextInput label="Précision (facultatif)" {...form.textProps('precision')} />
          </SimpleGrid>
          <FormAlert message={form.formError} />
          <Group justify="flex-end">
            <Button size="sm" variant="default" type="submit" loading={create.isPending}>
              Déclarer ce lien
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
