import { OBSERVATION_KIND_LABELS } from '@domain/main-courante/main-courante.taxonomies';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates';
import { type DepuisObservation, depuisObservationState } from '../../../lib/depuis-observation';
import type { ObservationListItem } from '../api/get-observations';

/** Where each follow-up opens; null when the reader may not open it. */
export interface ObservationSuites {
  activite: (activiteId: string) => string;
  nouveauSignalement: string | null;
  signalement: (id: string) => string;
  nouvelleSituation: ((id: string) => string) | null;
  situation: (id: string) => string;
}

// Two per row at phone width, labels wrapping rather than cut; at least 44 px high (WCAG 2.5.5).
const BTN = {
  size: 'sm',
  mih: 44,
  h: 'auto',
  py: 6,
  px: 'xs',
  fullWidth: true,
  variant: 'light',
  styles: { label: { whiteSpace: 'normal', textAlign: 'center' } },
} as const;

/**
 * Veille sociale observations, newest first: what, where (QPV name, place), who and when. Each
 * opens a signalement or a situation pre-filled and linked, or is marked treated.
 */
export function ObservationList({
  items,
  suites,
  onTraiter,
  pendingId,
}: {
  items: ObservationListItem[];
  suites: ObservationSuites;
  onTraiter: ((id: string) => void) | null;
  pendingId: string | null;
}) {
  return (
    <Stack gap="xs">
      {items.map((o) => {
        const depuis: DepuisObservation = {
          id: o.id,
          territoireId: o.territoireId,
          lieuId: o.lieuId,
          note: o.note,
        };
        return (
          <Paper key={o.id} withBorder p="sm" component="article" aria-label={`Observation : ${o.note}`}>
            <Group justify="space-between" gap="xs" align="flex-start">
              <Text size="sm" fw={700}>
                {OBSERVATION_KIND_LABELS[o.kind]}
              </Text>
              {o.traiteeLe ? (
                <Badge color="green" variant="light">
                  Traitée le {formatDateTime(o.traiteeLe)}
                </Badge>
              ) : (
                <Badge color="orange" variant="light">
                  À traiter
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {o.qpvNom}
              {o.lieuNom ? ` · ${o.lieuNom}` : ''} · {o.auteur.prenom} {o.auteur.nom} ·{' '}
              {formatDateTime(o.heure ?? o.createdAt)}
            </Text>
            <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {o.note}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={6} mt="xs">
              {o.signalementId ? (
                <Button {...BTN} variant="subtle" component={Link} to={suites.signalement(o.signalementId)}>
                  Voir le signalement
                </Button>
              ) : suites.nouveauSignalement ? (
                <Button
                  {...BTN}
                  component={Link}
                  to={suites.nouveauSignalement}
                  state={depuisObservationState(depuis)}
                >
                  Ouvrir un signalement
                </Button>
              ) : null}
              {o.situationId ? (
                <Button {...BTN} variant="subtle" component={Link} to={suites.situation(o.situationId)}>
                  Voir la situation
                </Button>
              ) : suites.nouvelleSituation ? (
                <Button
                  {...BTN}
                  component={Link}
                  to={suites.nouvelleSituation(o.id)}
                  state={depuisObservationState(depuis)}
                >
                  Ouvrir une situation
                </Button>
              ) : null}
              {onTraiter && !o.traiteeLe ? (
                <Button {...BTN} loading={pendingId === o.id} onClick={() => onTraiter(o.id)}>
                  Marquer comme traitée
                </Button>
              ) : null}
              <Button {...BTN} variant="subtle" component={Link} to={suites.activite(o.activiteId)}>
                Voir l’activité
              </Button>
            </SimpleGrid>
          </Paper>
        );
      })}
    </Stack>
  );
}
