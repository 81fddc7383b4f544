import type { ServiceView } from '@domain/annuaire/annuaire.schema';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Open / closed now, from the OSM hours computed in Paris time by the server. */
export function OpenBadge({ ouvert }: { ouvert: boolean | null }) {
  if (ouvert === null) return null;
  return (
    <Badge color={ouvert ? 'teal' : 'gray'} variant="light">
      {ouvert ? 'Ouvert maintenant' : 'Fermé en ce moment'}
    </Badge>
  );
}

/** One directory service: who, what, where, when (hours in plain French). */
export function ServiceCard({ service, action }: { service: ServiceView; action?: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={service.nom}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Text fw={700} style={{ overflowWrap: 'anywhere', flex: '1 1 12rem' }}>
            {service.nom}
          </Text>
          <OpenBadge ouvert={service.ouvertMaintenant} />
        </Group>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {service.structure.nom}
          {service.partenaire ? ` · partenaire : ${service.partenaire.nom}` : ''}
        </Text>
        <Text size="sm">{service.description}</Text>
        {service.horairesTexte ? (
          <Text size="sm">
            <Text span fw={600}>
              Horaires :
            </Text>{' '}
            {service.horairesTexte}
          </Text>
        ) : null}
        {service.adresse ? <Text size="sm">{service.adresse}</Text> : null}
        {service.telephone ? (
          <Text size="sm">
            Tél. : <a href={`tel:${service.telephone.replaceAll(' ', '')}`}>{service.telephone}</a>
          </Text>
        ) : null}
        {service.courriel ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            Courriel : <a href={`mailto:${service.courriel}`}>{service.courriel}</a>
          </Text>
        ) : null}
        {action ? <Group mt="xs">{action}</Group> : null}
      </Stack>
    </Card>
  );
}
