import {
  ALERTE_NIVEAU_LABELS,
  ALERTE_NIVEAUX,
  FAIT_MARQUANT_LABELS,
  FAITS_MARQUANTS,
} from '@domain/alertes/alerte.taxonomies';
import { Anchor, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { useIncidents } from '../api/get-incidents';

const pluriel = (n: number, mot: string) => `${n} ${mot}${n > 1 ? 's' : ''}`;

/**
 * The incidents of the year for coordination and direction: how many alerts, of which level,
 * what happened, where; police and employer reports. The same counts are the bilan's
 * « Sécurité des équipes » (the report, any period).
 */
export function IncidentsAnnee({ annee, rapportHref }: { annee: number; rapportHref: string }) {
  const incidents = useIncidents(annee);
  return (
    <Card withBorder component="section" aria-labelledby="incidents-annee" padding="md">
      <Title order={2} size="h4" id="incidents-annee" mb="xs">
        Incidents de l’année {annee}
      </Title>
      <QueryState query={incidents} label="les incidents">
        {(i) => (
          <Stack gap="sm">
            <Text fw={700}>
              {pluriel(i.total, 'alerte')} · {pluriel(i.signalementsPolice, 'signalement')} à la police ·{' '}
              {pluriel(i.signalementsEmployeur, 'signalement')} à l’employeur
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <div>
                <Text fw={600}>Par niveau</Text>
                <List size="sm">
                  {ALERTE_NIVEAUX.map((k) => (
                    <List.Item key={k}>
                      {ALERTE_NIVEAU_LABELS[k]} : {i.parNiveau[k]}
                    </List.Item>
                  ))}
                </List>
              </div>
              <div>
                <Text fw={600}>Ce qui s’est passé (alertes closes)</Text>
                <List size="sm">
                  {FAITS_MARQUANTS.filter((k) => i.parFait[k] > 0).map((k) => (
                    <List.Item key={k}>
                      {FAIT_MARQUANT_LABELS[k]} : {i.parFait[k]}
                    </List.Item>
                  ))}
                </List>
                {FAITS_MARQUANTS.every((k) => i.parFait[k] === 0) ? (
                  <Text size="sm">Aucune alerte close.</Text>
                ) : null}
              </div>
              <div>
                <Text fw={600}>Par quartier</Text>
                {i.parLieu.length === 0 ? <Text size="sm">Aucune alerte.</Text> : null}
                <List size="sm">
                  {i.parLieu.map((l) => (
                    <List.Item key={l.territoireId ?? 'aucun'}>
                      {l.nom} : {l.n}
                    </List.Item>
                  ))}
                </List>
              </div>
            </SimpleGrid>
            <Text size="sm">
              Ces chiffres figurent dans la section « Sécurité des équipes » du{' '}
              <Anchor component={Link} to={rapportHref}>
                rapport d’activité
              </Anchor>
              , pour toute période.
            </Text>
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
