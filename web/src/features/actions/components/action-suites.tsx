import { SUITE_TYPE_LABELS } from '@domain/actions/action.taxonomies';
import { STATUT_LABELS } from '@domain/signalements/signalement.taxonomies';
import { SITUATION_STATUS_LABELS } from '@domain/situations/situation.taxonomies';
import { Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { paths } from '../../../lib/paths';
import { useSuites } from '../api/get-suites';

const lien = (type: string, id: string) =>
  type === 'signalement' ? paths.signalement(id) : type === 'situation' ? paths.situation(id) : null;

const statut = (type: string, code: string | null) =>
  code === null
    ? null
    : ((type === 'signalement'
        ? (STATUT_LABELS as Record<string, string>)[code]
        : (SITUATION_STATUS_LABELS as Record<string, string>)[code]) ?? code);

/**
 * The follow-ups of an action (issue 14, part 3; ADR 037): what was created because of it, and
 * the capture screens that create the next one already linked (`?action=`).
 */
export function ActionSuites({ actionId, canWrite }: { actionId: string; canWrite: boolean }) {
  const suites = useSuites(actionId);
  const depuis = `?action=${encodeURIComponent(actionId)}`;
  return (
    <SectionCard id="action-suites" title="Suites données">
      <Stack gap="sm">
        <QueryState query={suites} label="les suites">
          {(rows) =>
            rows.length ? (
              <List spacing={6}>
                {rows.map((s) => {
                  const to = lien(s.type, s.id);
                  const etat = statut(s.type, s.statut);
                  return (
                    <List.Item key={`${s.type}:${s.id}`}>
                      {to ? (
                        <Anchor component={Link} to={to}>
                          {s.libelle}
                        </Anchor>
                      ) : (
                        s.libelle
                      )}
                      {etat ? (
                        <Text span size="sm" c="dimmed">
                          {' '}
                          — {etat}
                        </Text>
                      ) : null}
                    </List.Item>
                  );
                })}
              </List>
            ) : (
              <Text size="sm">Aucune suite liée à cette action pour l’instant.</Text>
            )
          }
        </QueryState>
        {canWrite ? (
          <Group gap="xs" wrap="wrap">
            <Button component={Link} to={`${paths.signalementNouveau}${depuis}`} variant="light">
              {`${SUITE_TYPE_LABELS.signalement} à la suite`}
            </Button>
            <Button component={Link} to={`${paths.demandeNouvelle}${depuis}`} variant="light">
              Demande ou orientation
            </Button>
            <Button component={Link} to={`${paths.situations}${depuis}`} variant="light">
              Situation de médiation
            </Button>
          </Group>
        ) : null}
      </Stack>
    </SectionCard>
  );
}
