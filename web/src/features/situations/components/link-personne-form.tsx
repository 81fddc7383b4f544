import { type PartyRole, SITUATION_KIND_LABELS } from '@domain/situations/situation.taxonomies';
import { Button, Group, Select } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { formatDate } from '../../../lib/dates';
import { useSituations } from '../api/get-situations';
import { situationsQueryKey } from '../api/keys';
import { useLinkPersonne } from '../api/link-personne';
import { PARTY_ROLE_OPTIONS } from './options';

/**
 * From a person's file: adds the person as a party of one of the open situations the reader
 * may change (assigned team, coordination). The party keeps a pseudonym (« Personne A »): the
 * situation never shows the name.
 */
export function LinkPersonneForm({ personneId }: { personneId: string }) {
  const open = useSituations({ mine: false, statut: 'ouvertes', territoireId: null, enRetard: false });
  const link = useLinkPersonne();
  const queryClient = useQueryClient();
  const [situationId, setSituationId] = useState<string | null>(null);
  const [role, setRole] = useState<PartyRole>('demandeur');
  // Only the situations the reader may change: the others would refuse the person.
  const rows = (open.data?.items ?? []).filter((s) => s.accesNotes);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!situationId) return;
        link.mutate(
          { situationId, kind: 'personne', role, personneId, libelle: null, partenaireId: null },
          {
            onSuccess: () => {
              setSituationId(null);
              // The file's list is on screen: the mutation refreshes only the lists not shown.
              void queryClient.invalidateQueries({
                queryKey: [...situationsQueryKey, 'personne', personneId],
              });
            },
          },
        );
      }}
    >
      <Group align="end" gap="sm" wrap="wrap">
        <Select
          label="Situation en cours"
          placeholder={rows.length ? 'Choisir une situation' : 'Aucune situation ouverte'}
          data={rows.map((s) => ({
            value: s.id,
            label: `${SITUATION_KIND_LABELS[s.kind]} — ${s.qpvNom}${s.dateSaisine ? ` (saisie le ${formatDate(s.dateSaisine)})` : ''}`,
          }))}
          value={situationId}
          onChange={setSituationId}
          searchable
          miw={220}
        />
        <Select
          label="Rôle"
          data={PARTY_ROLE_OPTIONS}
          value={role}
          onChange={(v) => v && setRole(v as PartyRole)}
          allowDeselect={false}
          miw={160}
        />
        <Button type="submit" disabled={!situationId} loading={link.isPending} mih={44}>
          Ajouter à la situation
        </Button>
      </Group>
      <FormAlert message={link.error?.message ?? null} />
    </form>
  );
}
