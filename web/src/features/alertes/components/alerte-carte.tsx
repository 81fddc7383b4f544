import type { AlerteView } from '@domain/alertes/alerte.schema';
import { FAIT_MARQUANT_LABELS } from '@domain/alertes/alerte.taxonomies';
import type { Role } from '@domain/auth/roles';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { errorMessage } from '../../../lib/api-client';
import { usePrendreEnCharge } from '../api/prendre-en-charge';
import { etatAlerte, titreAlerte } from './alerte-format';
import { DebriefForm } from './debrief-form';

/** Whether the reader may close it (the server's rule, `clotureProblem`, decides in the end). */
const peutCloturer = (a: AlerteView, moi: string, role: Role) =>
  a.statut !== 'close' &&
  (role === 'coordinateur' ||
    role === 'direction' ||
    a.mediateur.id === moi ||
    a.priseEnCharge?.par.id === moi);

/**
 * One alert as a receiver or its sender sees it: who, when, where it stands; « Je prends en
 * charge » for a receiver, the debrief to close it; the map (given by the page) below.
 */
export function AlerteCarte({
  alerte: a,
  moi,
  role,
  carte,
}: {
  alerte: AlerteView;
  moi: string;
  role: Role;
  carte: ReactNode;
}) {
  const prendre = usePrendreEnCharge();
  const [debrief, setDebrief] = useState(false);
  const titre = titreAlerte(a);
  return (
    <Card withBorder component="article" aria-label={`Alerte : ${titre}`} padding="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h4">
            {titre}
          </Title>
          <Group gap={6}>
            {a.niveau === 'danger' ? (
              <Badge color="red">Danger</Badge>
            ) : (
              <Badge color="#a8400b">Assistance</Badge>
            )}
            {a.relance && a.statut === 'active' ? <Badge color="dark">Redite à toute l’équipe</Badge> : null}
          </Group>
        </Group>
        {a.message ? <Text>« {a.message} »</Text> : null}
        <Text fw={600} role="status">
          {etatAlerte(a)}
        </Text>
        {a.cloture ? (
          <Text size="sm">
            {FAIT_MARQUANT_LABELS[a.cloture.faitMarquant]} — police :{' '}
            {a.cloture.signalementPolice ? 'oui' : 'non'}, employeur :{' '}
            {a.cloture.signalementEmployeur ? 'oui' : 'non'}.
          </Text>
        ) : null}
        <Group gap="sm">
          {a.statut === 'active' && a.mediateur.id !== moi ? (
            <Button color="red" loading={prendre.isPending} onClick={() => prendre.mutate(a.id)}>
              Je prends en charge
            </Button>
          ) : null}
          {peutCloturer(a, moi, role) && !debrief ? (
            <Button variant="default" onClick={() => setDebrief(true)}>
              Clôturer avec un débriefing
            </Button>
          ) : null}
        </Group>
        <FormAlert message={prendre.isError ? errorMessage(prendre.error) : null} />
        {debrief && a.statut !== 'close' ? <DebriefForm alerte={a} onDone={() => setDebrief(false)} /> : null}
        {a.latitude === null ? <Text size="sm">Position non transmise.</Text> : carte}
      </Stack>
    </Card>
  );
}
