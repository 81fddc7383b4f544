import type { ActiviteListItem, ActiviteListView } from '@domain/main-courante/activite.views';
import { CADRE_LABELS, STATUT_REVUE_LABELS } from '@domain/main-courante/main-courante.taxonomies';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { dayOf, formatDuree, formatLongDay, formatTime, STATUT_COLORS } from './labels';

export function StatutBadge({ a }: { a: Pick<ActiviteListItem, 'etat' | 'statutRevue' | 'verrouillee'> }) {
  if (a.etat === 'en_cours') return <Badge color={STATUT_COLORS.en_cours}>En cours</Badge>;
  return (
    <Badge color={STATUT_COLORS[a.statutRevue]} variant="light">
      {STATUT_REVUE_LABELS[a.statutRevue]}
      {a.verrouillee ? ' · verrouillée' : ''}
    </Badge>
  );
}

/** Activities grouped by Paris day, newest first, with their figures and the period's totals. */
export function ActiviteList({
  items,
  totaux,
  href,
}: {
  items: ActiviteListItem[];
  totaux: ActiviteListView['totaux'];
  href: (id: string) => string;
}) {
  const days = new Map<string, ActiviteListItem[]>();
  for (const a of items) {
    const d = dayOf(a.debut);
    days.set(d, [...(days.get(d) ?? []), a]);
  }
  return (
    <Stack gap="md">
      <Text size="sm">
        Sur la période : {totaux.activites} activité(s), {totaux.contacts} contact(s), {totaux.personnes}{' '}
        personne(s) rencontrée(s).
      </Text>
      {[...days].map(([day, items]) => (
        <section key={day} aria-label={formatLongDay(day)}>
          <Title order={2} size="h4" mb="xs">
            {formatLongDay(day).replace(/^./, (c) => c.toUpperCase())}
          </Title>
          <Stack gap="xs">
            {items.map((a) => (
              <Paper key={a.id} withBorder p="sm">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Anchor component={Link} to={href(a.id)} fw={600}>
                    {CADRE_LABELS[a.cadre]} · {formatTime(a.debut)}–{formatTime(a.fin)}
                  </Anchor>
                  <StatutBadge a={a} />
                </Group>
                <Text size="sm">
                  {a.territoire.nom}
                  {a.secteur ? ` · ${a.secteur.nom}` : ''}
                  {a.lieu ? ` · ${a.lieu.nom}` : ''}
                </Text>
                <Text size="sm" c="dimmed">
                  {a.mediateurs.map((m) => `${m.prenom} ${m.nom}`).join(', ')} · {formatDuree(a.dureeMinutes)}
                </Text>
                <Text size="sm">
                  {a.nbContacts} contact(s) · {a.nbPersonnes} personne(s) · {a.nbObservations} observation(s)
                </Text>
              </Paper>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
