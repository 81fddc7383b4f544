import { CATEGORIE_LABELS, type DelaisView } from '@domain/signalements/signalement.schema';
import { Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { DataList } from '../../../components/ui/data-list';
import { EmptyState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/dates';
import { formatHeures, formatPart } from './labels';

/** Per partner and category: medians from transmission, share solved in 7 and 30 days; then the overdue list. */
export function DelaisTable({ data, href }: { data: DelaisView; href: (id: string) => string }) {
  return (
    <Stack gap="lg">
      {data.lignes.length === 0 ? (
        <EmptyState>Aucun signalement transmis sur la période.</EmptyState>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            Délais comptés depuis la transmission au partenaire (temps réel écoulé).
          </Text>
          <DataList
            rows={data.lignes}
            rowKey={(l) => `${l.partenaireId}-${l.categorie}`}
            caption="Délais par partenaire et catégorie"
            minTableWidth={640}
            columns={[
              { key: 'partenaire', header: 'Partenaire', render: (l) => l.partenaireNom },
              { key: 'categorie', header: 'Catégorie', render: (l) => CATEGORIE_LABELS[l.categorie] },
              { key: 'transmis', header: 'Transmis', render: (l) => l.transmis },
              {
                key: 'pec',
                header: 'Médiane prise en compte',
                render: (l) => formatHeures(l.medianePriseEnCompteH),
              },
              {
                key: 'resolution',
                header: 'Médiane résolution',
                render: (l) => formatHeures(l.medianeResolutionH),
              },
              { key: 'r7', header: 'Résolus en 7 j', render: (l) => formatPart(l.partResolus7j) },
              { key: 'r30', header: 'Résolus en 30 j', render: (l) => formatPart(l.partResolus30j) },
            ]}
          />
        </Stack>
      )}
      <Stack gap="xs" component="section" aria-labelledby="en-retard">
        <Title order={2} size="h4" id="en-retard">
          En retard ({data.enRetard.length})
        </Title>
        {data.enRetard.length === 0 ? (
          <EmptyState>Aucun signalement en retard.</EmptyState>
        ) : (
          <Stack gap={4} component="ul" pl="md">
            {data.enRetard.map((r) => (
              <Text component="li" size="sm" key={r.id}>
                <Link to={href(r.id)}>
                  n° {r.numero} · {CATEGORIE_LABELS[r.categorie]}
                </Link>{' '}
                — {r.partenaireNom}, transmis le {formatDate(r.transmisLe)} ({r.joursDepuisTransmission} j)
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
