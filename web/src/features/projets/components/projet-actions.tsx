import { ACTION_STATUT_LABELS } from '@domain/actions/action.taxonomies';
import type { ProjetView } from '@domain/projets/projet.schema';
import { Anchor, Button, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/dates';
import { paths } from '../../../lib/paths';

/** The collective actions a project led to, and the way to organise the next one for it. */
export function ProjetActions({ projet, canOrganise }: { projet: ProjetView; canOrganise: boolean }) {
  return (
    <SectionCard id="projet-actions" title="Actions menées pour le projet">
      <Stack gap="sm">
        {projet.actions.length ? (
          <List spacing={6}>
            {projet.actions.map((a) => (
              <List.Item key={a.id}>
                <Anchor component={Link} to={paths.action(a.id)}>
                  {a.titre}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  — {formatDate(a.debut)}
                  {a.statut === 'annulee' ? ` (${ACTION_STATUT_LABELS.annulee.toLowerCase()})` : ''}
                </Text>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">Aucune action collective pour ce projet pour l’instant.</Text>
        )}
        {canOrganise ? (
          <Button component={Link} to={paths.actionPourProjet(projet.id)} variant="light">
            Organiser une action pour ce projet
          </Button>
        ) : null}
      </Stack>
    </SectionCard>
  );
}
