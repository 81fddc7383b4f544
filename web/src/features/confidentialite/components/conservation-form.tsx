import type { ConservationView } from '@domain/confidentialite/confidentialite.schema';
import { CLES_CONSERVATION, type CleConservation, type Periodes } from '@domain/confidentialite/conservation';
import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { useSetConservation } from '../api/conservation';

/** The periods, in months, each within its bounds; read-only for who may not change them. */
export function ConservationForm({ view, canEdit }: { view: ConservationView; canEdit: boolean }) {
  const [periodes, setPeriodes] = useState<Periodes>(view.periodes as Periodes);
  const save = useSetConservation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(periodes, {
      onSuccess: () =>
        notifications.show({ color: 'green', message: 'Durées de conservation enregistrées.' }),
    });
  };
  const field = (k: CleConservation) => {
    const { min, max } = view.bornes[k]!;
    return (
      <NumberInput
        key={k}
        label={view.libelles[k]}
        description={`En mois, de ${min} à ${max}`}
        min={min}
        max={max}
        allowDecimal={false}
        readOnly={!canEdit}
        value={periodes[k]}
        onChange={(v) => setPeriodes((p) => ({ ...p, [k]: typeof v === 'number' ? v : Number(v) }))}
      />
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Durées de conservation">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{CLES_CONSERVATION.map(field)}</SimpleGrid>
        <Text size="sm">
          Prochaine purge : {formatDateTime(view.prochainePurge)}. Les chiffres des rapports et du bilan ne
          changent pas : seules les données personnelles sont effacées ou anonymisées.
        </Text>
        {canEdit ? (
          <>
            <FormAlert message={save.error ? errorMessage(save.error) : null} />
            <Group>
              <Button type="submit" loading={save.isPending}>
                Enregistrer les durées
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </form>
  );
}
