import type { ActionView, ParticipationView } from '@domain/actions/action.schema';
import { ACTION_TYPE_LIST, RESULTAT_LIST } from '@domain/actions/action.taxonomies';
import { GENRE_LIST, PUBLIC_LIST } from '@domain/main-courante/main-courante.taxonomies';
import { plageHoraire } from '@domain/time/paris';
import { Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/dates';

const fr = (n: number) => n.toLocaleString('fr-FR');
const heures = (h: number) => `${h.toLocaleString('fr-FR')} h`;

function Champ({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{children}</Text>
    </Stack>
  );
}

/** What the action is: type, when, where, who runs it, with whom, for whom. */
export function ActionInfo({
  action: a,
  qpv,
  lieu,
}: {
  action: ActionView;
  qpv: string;
  lieu: string | null;
}) {
  return (
    <SectionCard id="action-infos" title="L’action">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge variant="light">{ACTION_TYPE_LIST.label(a.type)}</Badge>
          {a.statut === 'annulee' ? (
            <Badge color="gray" variant="outline">
              Annulée
            </Badge>
          ) : null}
          {a.public ? <Badge variant="outline">Sur l’agenda public</Badge> : null}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Champ label="Quand">
            {formatDate(a.debut)}, {plageHoraire(a.debut, a.fin)}
          </Champ>
          <Champ label="Où">{lieu ? `${lieu} (${qpv})` : qpv}</Champ>
          <Champ label="Médiateur·rices">{a.mediateurs.map((m) => m.nom).join(', ') || '—'}</Champ>
          <Champ label="Partenaires qui co-organisent">
            {a.partenaires.map((p) => p.nom).join(', ') || 'Aucun'}
          </Champ>
          <Champ label="Objectif">{a.objectif ?? '—'}</Champ>
          <Champ label="Public visé">{a.publicCible ?? '—'}</Champ>
          <Champ label="Participant·es attendu·es">
            {a.participantsAttendus === null ? '—' : fr(a.participantsAttendus)}
          </Champ>
          <Champ label="Heures de préparation">{heures(a.heuresPreparation)}</Champ>
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}

/** The counts at the door: totals by public and by genre, and the grand total. */
export function ParticipationSummary({ participation: p }: { participation: ParticipationView }) {
  if (p.total === 0) return <Text c="dimmed">Personne n’a encore été compté.</Text>;
  const lignes = (
    caption: string,
    rows: Array<{ value: string; label: string }>,
    counts: Record<string, number>,
  ) => (
    <Table striped>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
      <Table.Tbody>
        {rows
          .filter((r) => (counts[r.value] ?? 0) > 0)
          .map((r) => (
            <Table.Tr key={r.value}>
              <Table.Th scope="row" fw={400}>
                {r.label}
              </Table.Th>
              <Table.Td ta="right">{fr(counts[r.value] ?? 0)}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Stack gap="sm">
      <Text fw={700} size="lg">
        {fr(p.total)} participant·e{p.total > 1 ? 's' : ''}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {lignes('Par âge', PUBLIC_LIST.options, p.par_public)}
        {lignes('Par genre', GENRE_LIST.options, p.par_genre)}
      </SimpleGrid>
    </Stack>
  );
}

/** The evaluation as written, or what is missing. */
export function EvaluationSummary({ action: a }: { action: ActionView }) {
  const e = a.evaluation;
  if (!e) return <Text c="dimmed">Pas encore évaluée.</Text>;
  return (
    <Stack gap="sm">
      <Badge
        color={e.resultat === 'atteint' ? 'teal' : e.resultat === 'partiel' ? 'yellow' : 'red'}
        variant="light"
      >
        {RESULTAT_LIST.label(e.resultat)}
      </Badge>
      <Champ label="Ce qui a bien marché">{e.bienPasse ?? '—'}</Champ>
      <Champ label="Ce qu’il faudrait changer">{e.aChanger ?? '—'}</Champ>
      <Champ label="Suites à donner">{e.suites ?? '—'}</Champ>
      <Text size="xs" c="dimmed">
        Évaluée le {formatDate(e.at)}
      </Text>
    </Stack>
  );
}
