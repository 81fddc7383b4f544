import type { CreneauView, PlanningView } from '@domain/planning/planning.schema';
import { ABSENCE_TYPE_LABELS } from '@domain/planning/planning.taxonomies';
import { parisInstant } from '@domain/time/paris';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { IconAlert } from '../../../components/ui/icons';
import { useDeleteAbsence } from '../api/delete-absence';
import { aCouvrir, equipe, estSoir, heures, jourDe, jourLong, joursDe, typeLabel } from './planning-format';

/** One shift as a mediator reads it: when, with whom, where; an action (start it) when given. */
export function CreneauCarte({
  creneau,
  lieu,
  action,
}: {
  creneau: CreneauView;
  lieu: string | null;
  action?: ReactNode;
}) {
  const couvrir = aCouvrir(creneau);
  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      data-creneau={creneau.id}
      style={couvrir ? { borderLeft: '4px solid var(--mantine-color-red-7)' } : undefined}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={700}>
          {typeLabel(creneau)} · {heures(creneau)}
        </Text>
        {creneau.statut === 'annule' ? <Badge color="gray">Annulé</Badge> : null}
        {estSoir(creneau) ? (
          <Badge color="indigo" variant="light">
            Soir
          </Badge>
        ) : null}
      </Group>
      <Text size="sm">Équipe : {equipe(creneau)}</Text>
      <Text size="sm">Lieu : {lieu ?? 'non précisé'}</Text>
      {creneau.note ? <Text size="sm">Note : {creneau.note}</Text> : null}
      {couvrir ? (
        <Text size="sm" c="red.9" fw={700} style={{ display: 'flex', gap: 4, alignItems: 'center' }}>
          <IconAlert size={14} /> À couvrir : une personne de l’équipe est absente
        </Text>
      ) : null}
      {action}
    </Card>
  );
}

/** The mediator's week, day by day: their shifts (crew and place) and their absences. */
export function MaSemaine({
  lundi,
  planning,
  lieu,
  action,
}: {
  lundi: string;
  planning: PlanningView;
  lieu: (c: CreneauView) => string | null;
  action: (c: CreneauView) => ReactNode;
}) {
  const feries = new Set(planning.feries);
  const retirer = useDeleteAbsence();
  return (
    <Stack gap="md">
      {joursDe(lundi).map((jour) => {
        const creneaux = planning.creneaux.filter((c) => jourDe(c) === jour);
        const from = parisInstant(jour).getTime();
        const absences = planning.absences.filter(
          (a) => Date.parse(a.debut) < from + 86_400_000 && Date.parse(a.fin) > from,
        );
        return (
          <section key={jour} aria-label={jourLong(jour)}>
            <Title order={2} size="h5" mb={4} tt="capitalize">
              {jourLong(jour)}
              {feries.has(jour) ? ' · férié' : ''}
            </Title>
            <Stack gap="xs">
              {absences.map((a) => (
                <Group key={a.id} justify="space-between" gap="xs">
                  <Text size="sm" c="red.9">
                    Absence{a.type ? ` : ${ABSENCE_TYPE_LABELS[a.type]}` : ''}
                  </Text>
                  {a.type && a.type !== 'maladie' ? (
                    <ConfirmButton
                      title="Retirer cette absence ?"
                      message="Vos créneaux de ces jours ne seront plus à couvrir."
                      confirmLabel="Retirer l’absence"
                      onConfirm={() => retirer.mutateAsync(a.id)}
                      buttonProps={{ size: 'sm' }}
                    >
                      Retirer
                    </ConfirmButton>
                  ) : null}
                </Group>
              ))}
              {creneaux.length === 0 && absences.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Rien de planifié.
                </Text>
              ) : null}
              {creneaux.map((c) => (
                <CreneauCarte key={c.id} creneau={c} lieu={lieu(c)} action={action(c)} />
              ))}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}
