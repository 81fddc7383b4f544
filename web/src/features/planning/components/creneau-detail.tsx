import type { CreneauEcrit, CreneauView } from '@domain/planning/planning.schema';
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { FormAlert } from '../../../components/ui/form-alert';
import { IconAlert } from '../../../components/ui/icons';
import { errorMessage } from '../../../lib/api-client';
import { useCancelCreneau } from '../api/cancel-creneau';
import { useRemplacants } from '../api/get-remplacants';
import { useUpdateCreneau } from '../api/update-creneau';
import { Avertissements } from './avertissements';
import { aCouvrir, equipe, heures, jourDe, jourLong, typeLabel } from './planning-format';

/** The colleagues free during the shift, each one tap away from replacing the absent person. */
function Couvrir({ creneau, onEcrit }: { creneau: CreneauView; onEcrit: (e: CreneauEcrit) => void }) {
  const remplacants = useRemplacants(creneau.id);
  const update = useUpdateCreneau(creneau.id);
  const absents = creneau.mediateurs.filter((m) => creneau.absents.includes(m.id));
  const absent = absents[0];
  if (!absent) return null;
  const swap = (id: string) =>
    update.mutate(
      { mediateurIds: [...creneau.mediateurs.map((m) => m.id).filter((m) => m !== absent.id), id] },
      { onSuccess: onEcrit },
    );
  return (
    <Stack gap="xs">
      <Alert color="red" variant="light" icon={<IconAlert />} title="À couvrir">
        <Text size="sm">
          {absents.map((m) => m.nom).join(', ')} {absents.length > 1 ? 'sont absent·es' : 'est absent·e'} sur
          ce créneau.
        </Text>
      </Alert>
      <Text fw={600} size="sm">
        Collègues disponibles (les moins planifié·es d’abord)
      </Text>
      {remplacants.isPending ? <Loader size="sm" aria-label="Chargement des collègues disponibles" /> : null}
      {remplacants.isError ? <FormAlert message={errorMessage(remplacants.error)} title="Erreur" /> : null}
      {remplacants.data?.remplacants.length === 0 ? (
        <Text size="sm" c="dimmed">
          Personne n’est libre à ce moment.
        </Text>
      ) : null}
      <Stack gap={6}>
        {remplacants.data?.remplacants.map((r) => (
          <Group key={r.id} justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm">
              {r.nom} · {String(r.heuresSemaine).replace('.', ',')} h planifiées cette semaine
            </Text>
            <Button
              variant="default"
              loading={update.isPending}
              onClick={() => swap(r.id)}
              aria-label={`Choisir ${r.nom} pour remplacer ${absent.nom}`}
            >
              Choisir
            </Button>
          </Group>
        ))}
      </Stack>
      <FormAlert message={update.isError ? errorMessage(update.error) : null} />
    </Stack>
  );
}

/** One shift: when, who, where; to cover, edit or cancel for coordination. */
export function CreneauDetail({
  creneau,
  lieu,
  gerer,
  onModifier,
  onClose,
}: {
  creneau: CreneauView;
  lieu: string | null;
  gerer: boolean;
  onModifier: () => void;
  onClose: () => void;
}) {
  const cancel = useCancelCreneau();
  const [ecrit, setEcrit] = useState<CreneauEcrit | null>(null);
  if (ecrit) {
    return (
      <Stack>
        <Avertissements ecrit={ecrit} />
        <Group justify="flex-end">
          <Button onClick={onClose}>Terminé</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Text>
        {typeLabel(creneau)} · {jourLong(jourDe(creneau))} · {heures(creneau)}
        {creneau.ferie ? ' · jour férié' : ''}
      </Text>
      <Text size="sm">Équipe : {equipe(creneau)}</Text>
      <Text size="sm">Lieu : {lieu ?? 'non précisé'}</Text>
      {creneau.note ? <Text size="sm">Note : {creneau.note}</Text> : null}
      {creneau.statut === 'annule' ? (
        <Text size="sm" c="red.9" fw={600}>
          Créneau annulé.
        </Text>
      ) : null}
      {gerer && aCouvrir(creneau) ? <Couvrir creneau={creneau} onEcrit={setEcrit} /> : null}
      {gerer && creneau.statut === 'prevu' ? (
        <Group justify="flex-end" gap="xs">
          <ConfirmButton
            title="Annuler ce créneau ?"
            message="Il reste visible, barré, dans les calendriers de l’équipe."
            confirmLabel="Annuler le créneau"
            onConfirm={() => cancel.mutateAsync(creneau.id).then(onClose)}
            buttonProps={{ size: 'sm' }}
          >
            Annuler le créneau
          </ConfirmButton>
          <Button onClick={onModifier}>Modifier</Button>
        </Group>
      ) : null}
    </Stack>
  );
}
