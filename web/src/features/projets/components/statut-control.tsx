import { PROJET_TRANSITIONS } from '@domain/projets/projet.rules';
import type { ProjetView } from '@domain/projets/projet.schema';
import { PROJET_STATUT_LABELS, type ProjetStatut } from '@domain/projets/projet.taxonomies';
import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { useUpdateProjet } from '../api/update-projet';

/** Moves the project to one of the statuses its current one allows (coordination). */
export function StatutControl({ projet }: { projet: Pick<ProjetView, 'id' | 'statut'> }) {
  const possibles = PROJET_TRANSITIONS[projet.statut];
  const [statut, setStatut] = useState<ProjetStatut | null>(null);
  const update = useUpdateProjet(projet.id);
  if (possibles.length === 0) return null;
  return (
    <form
      aria-label="Changer le statut"
      onSubmit={(e) => {
        e.preventDefault();
        if (statut) update.mutate({ statut }, { onSuccess: () => setStatut(null) });
      }}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Nouveau statut"
          placeholder="Choisir"
          data={possibles.map((s) => ({ value: s, label: PROJET_STATUT_LABELS[s] }))}
          value={statut}
          onChange={(s) => setStatut(s as ProjetStatut | null)}
          miw={180}
        />
        <Button type="submit" disabled={!statut} loading={update.isPending}>
          Changer le statut
        </Button>
      </Group>
      <FormAlert message={update.error?.message ?? null} />
    </form>
  );
}
