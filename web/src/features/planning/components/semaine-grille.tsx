import type { CreneauView, PlanningView } from '@domain/planning/planning.schema';
import { ABSENCE_TYPE_LABELS } from '@domain/planning/planning.taxonomies';
import { parisInstant } from '@domain/time/paris';
import { Badge, Box, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconAlert } from '../../../components/ui/icons';
import {
  aCouvrir,
  estSoir,
  estWeekEnd,
  heures,
  JOURS_COURTS,
  jourDe,
  joursDe,
  typeLabel,
} from './planning-format';

const MOON = '☾';

/** A shift in a cell: type and times, « À couvrir » in red with an icon, « Soir » for evenings. */
export function CreneauPuce({ creneau, onOpen }: { creneau: CreneauView; onOpen: () => void }) {
  const couvrir = aCouvrir(creneau);
  const soir = estSoir(creneau);
  const annule = creneau.statut === 'annule';
  const color = couvrir ? 'red' : soir ? 'indigo' : 'blue';
  return (
    <UnstyledButton
      onClick={onOpen}
      data-creneau={creneau.id}
      data-a-couvrir={couvrir || undefined}
      style={{
        display: 'block',
        width: '100%',
        minHeight: 44,
        padding: '4px 6px',
        borderRadius: 6,
        borderLeft: `4px solid var(--mantine-color-${color}-7)`,
        background: `var(--mantine-color-${color}-0)`,
        textDecoration: annule ? 'line-through' : undefined,
        color: 'var(--mantine-color-text)',
      }}
    >
      <Text size="xs" fw={700} lh={1.3}>
        {typeLabel(creneau)} {heures(creneau)}
      </Text>
      {couvrir ? (
        <Text size="xs" c="red.9" fw={700} lh={1.3} style={{ display: 'flex', gap: 2, alignItems: 'center' }}>
          <IconAlert size={12} /> À couvrir
        </Text>
      ) : null}
      {soir && !couvrir ? (
        <Text size="xs" c="indigo.9" lh={1.3}>
          <span aria-hidden="true">{MOON}</span> Soir
        </Text>
      ) : null}
      {annule ? (
        <Text size="xs" c="dimmed" lh={1.3}>
          Annulé
        </Text>
      ) : null}
    </UnstyledButton>
  );
}

/**
 * The coordinator's week: one row per person, Monday to Sunday. Week-ends are shaded, public
 * holidays marked, evenings and shifts to cover stand out in colour and in words.
 */
export function SemaineGrille({
  lundi,
  planning,
  personnes,
  onOpen,
}: {
  lundi: string;
  planning: PlanningView;
  personnes: Array<{ id: string; nom: string }>;
  onOpen: (c: CreneauView) => void;
}) {
  const jours = joursDe(lundi);
  const feries = new Set(planning.feries);
  const sansEquipe = planning.creneaux.filter((c) => c.mediateurs.length === 0);
  const lignes = [
    ...personnes.map((p) => ({
      id: p.id,
      nom: p.nom,
      creneaux: planning.creneaux.filter((c) => c.mediateurs.some((m) => m.id === p.id)),
    })),
    ...(sansEquipe.length ? [{ id: 'personne', nom: 'Sans équipe', creneaux: sansEquipe }] : []),
  ];
  const fond = (jour: string) =>
    feries.has(jour)
      ? 'var(--mantine-color-yellow-0)'
      : estWeekEnd(jour)
        ? 'var(--mantine-color-gray-1)'
        : undefined;
  const absence = (personne: string, jour: string) => {
    const from = parisInstant(jour).getTime();
    const to = from + 86_400_000;
    return planning.absences.find(
      (a) => a.mediateur.id === personne && Date.parse(a.debut) < to && Date.parse(a.fin) > from,
    );
  };

  const { ref, width } = useElementSize();
  // Seven day columns need room: on a phone (or a narrow pane) the week reads day by day.
  if (width > 0 && width < 720) {
    return (
      <Box ref={ref}>
        <SemaineParJour jours={jours} planning={planning} feries={feries} onOpen={onOpen} />
      </Box>
    );
  }
  return (
    <Box ref={ref}>
      <Table withTableBorder withColumnBorders layout="fixed" verticalSpacing={4} horizontalSpacing={4}>
        <Table.Caption>Planning de la semaine, une ligne par personne</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="13%">
              Personne
            </Table.Th>
            {jours.map((j, i) => (
              <Table.Th key={j} scope="col" style={{ background: fond(j) }}>
                <Text size="sm" fw={700}>
                  {JOURS_COURTS[i]} {j.slice(8, 10)}/{j.slice(5, 7)}
                </Text>
                {feries.has(j) ? (
                  <Badge color="yellow.8" variant="filled" size="sm">
                    Férié
                  </Badge>
                ) : null}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lignes.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Th scope="row">
                <Text size="sm">{l.nom}</Text>
              </Table.Th>
              {jours.map((j) => {
                const abs = absence(l.id, j);
                return (
                  <Table.Td key={j} style={{ background: fond(j), verticalAlign: 'top' }}>
                    <Stack gap={4}>
                      {abs ? (
                        <Text size="xs" c="red.9" fw={600}>
                          Absent·e{abs.type ? ` (${ABSENCE_TYPE_LABELS[abs.type]})` : ''}
                        </Text>
                      ) : null}
                      {l.creneaux
                        .filter((c) => jourDe(c) === j)
                        .map((c) => (
                          <CreneauPuce key={c.id} creneau={c} onOpen={() => onOpen(c)} />
                        ))}
                    </Stack>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

/** The same week, one day after the other: each shift full width with its crew (narrow screens). */
function SemaineParJour({
  jours,
  planning,
  feries,
  onOpen,
}: {
  jours: string[];
  planning: PlanningView;
  feries: Set<string>;
  onOpen: (c: CreneauView) => void;
}) {
  return (
    <Stack gap="md">
      {jours.map((j, i) => {
        const du = planning.creneaux.filter((c) => jourDe(c) === j);
        return (
          <Stack
            key={j}
            gap={6}
            component="section"
            aria-label={`${JOURS_COURTS[i]} ${j.slice(8, 10)}/${j.slice(5, 7)}`}
          >
            <Title order={2} size="h5">
              {JOURS_COURTS[i]} {j.slice(8, 10)}/{j.slice(5, 7)}
              {feries.has(j) ? ' · férié' : estWeekEnd(j) ? ' · week-end' : ''}
            </Title>
            {du.length === 0 ? (
              <Text size="sm" c="dimmed">
                Rien de planifié.
              </Text>
            ) : (
              du.map((c) => (
                <Stack key={c.id} gap={2}>
                  <CreneauPuce creneau={c} onOpen={() => onOpen(c)} />
                  <Text size="xs" c="dimmed">
                    {c.mediateurs.map((m) => m.nom).join(', ') || 'Sans équipe'}
                  </Text>
                </Stack>
              ))
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
