import type { FinancementView } from '@domain/projets/projet.schema';
import { Button, Group, NumberInput } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { useUpdateFinancement } from '../api/update-financement';

/** The funder's answer to a funding still waiting: the amount obtained, or refused (0 €). */
export function FinancementReponse({ projetId, f }: { projetId: string; f: FinancementView }) {
  const [obtenu, setObtenu] = useState<number | string>(f.montantSollicite);
  const update = useUpdateFinancement(projetId);
  const send = (montantObtenu: number) => update.mutate({ id: f.id, input: { montantObtenu } });
  return (
    <form
      aria-label={`Réponse de ${f.financeur.nom}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (obtenu !== '') send(Number(obtenu));
      }}
    >
      <Group align="flex-end" gap="xs" wrap="wrap" mt={4}>
        <NumberInput
          label="Montant obtenu"
          min={0}
          max={f.montantSollicite}
          decimalScale={2}
          decimalSeparator=","
          thousandSeparator=" "
          suffix=" €"
          value={obtenu}
          onChange={setObtenu}
          w={160}
        />
        <Button type="submit" variant="light" loading={update.isPending}>
          Obtenu
        </Button>
        <Button variant="default" color="orange" onClick={() => send(0)} loading={update.isPending}>
          Refusé
        </Button>
      </Group>
      <FormAlert message={update.error?.message ?? null} />
    </form>
  );
}
