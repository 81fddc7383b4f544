import { CATEGORIE_LABELS, type DelaisView } from '@domain/signalements/signalement.schema';
import { Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
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
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable)
        <section aria-label="Délais par partenaire et catégorie" tabIndex={0} style={{ overflowX: 'auto' }}>
          <Table striped highlightOnHover miw={640}>
            <Table.Caption>
              Délais comptés depuis la transmission au partenaire (temps réel écoulé).
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Partenaire</Table.Th>
                <Table.Th scope="col">Catégorie</Table.Th>
                <Table.Th scope="col">Transmis</Table.Th>
                <Table.Th scope="col">Médiane prise en compte</Table.Th>
                <Table.Th scope="col">Médiane résolution</Table.Th>
                <Table.Th scope="col">Résolus en 7 j</Table.Th>
                <Table.Th scope="col">Résolus en 30 j</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.lignes.map((l) => (
                <Table.Tr key={`${l.partenaireId}-${l.categorie}`}>
                  <Table.Td>{l.partenaireNom}</Table.Td>
                  <Table.Td>{CATEGORIE_LABELS[l.categorie]}</Table.Td>
                  <Table.Td>{l.transmis}</Table.Td>
                  <Table.Td>{formatHeures(l.medianePriseEnCompteH)}</Table.Td>
                  <Table.Td>{formatHeures(l.medianeResolutionH)}</Table.Td>
                  <Table.Td>{formatPart(l.partResolus7j)}</Table.Td>
                  <Table.Td>{formatPart(l.partResolus30j)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
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
