import type { SituationListItem } from '@domain/situations/situation.schema';
import {
  OUTCOME_LABELS,
  SITUATION_KIND_LABELS,
  STEP_KIND_LABELS,
} from '@domain/situations/situation.taxonomies';
import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DataList } from '../../../components/ui/data-list';
import { frDay } from './options';
import { OverdueBadge, StatusBadge } from './situation-status';

/** The working list; lines of situations the reader may not open show only kind, QPV and status. */
export function SituationList({ rows, href }: { rows: SituationListItem[]; href: (id: string) => string }) {
  return (
    <DataList
      rows={rows}
      rowKey={(s) => s.id}
      caption="Situations"
      empty="Aucune situation ne correspond à ces filtres."
      columns={[
        {
          key: 'kind',
          header: 'Situation',
          render: (s) => (
            <Anchor component={Link} to={href(s.id)}>
              {SITUATION_KIND_LABELS[s.kind]}
            </Anchor>
          ),
        },
        {
          key: 'statut',
          header: 'Statut',
          render: (s) => (
            <Group gap={6} wrap="wrap">
              <StatusBadge statut={s.statut} />
              {s.suiviEnRetard ? <OverdueBadge /> : null}
            </Group>
          ),
        },
        {
          key: 'lieu',
          header: 'Lieu',
          render: (s) => (s.lieuNom ? `${s.lieuNom} · ${s.qpvNom || s.qpvCode}` : s.qpvNom || s.qpvCode),
        },
        {
          key: 'parties',
          header: 'Parties',
          render: (s) =>
            s.partiesLibelles ? (
              s.partiesLibelles.join(', ') || '—'
            ) : (
              <Text span size="sm" c="dimmed">
                Confidentiel
              </Text>
            ),
        },
        {
          key: 'etape',
          header: 'Étape',
          render: (s) =>
            s.derniereEtape
              ? `${STEP_KIND_LABELS[s.derniereEtape.kind]} (${frDay(s.derniereEtape.date)})`
              : s.derniereEtape === null
                ? 'Aucune'
                : '—',
        },
        { key: 'saisine', header: 'Saisine', render: (s) => frDay(s.dateSaisine) },
        {
          key: 'equipe',
          header: 'Médiateurs',
          render: (s) =>
            s.mediateurs ? (
              s.mediateurs.map((m) => m.nom).join(', ') || '—'
            ) : (
              <Text span size="sm" c="dimmed">
                Confidentiel
              </Text>
            ),
        },
        {
          key: 'suivi',
          header: 'Prochain suivi / issue',
          render: (s) =>
            s.issue ? OUTCOME_LABELS[s.issue] : s.dateSuivi ? `Suivi le ${frDay(s.dateSuivi)}` : '—',
        },
      ]}
    />
  );
}
