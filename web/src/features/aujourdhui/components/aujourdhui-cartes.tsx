import type { Carte, CarteCompteur, CarteCreneaux } from '@domain/aujourdhui/aujourdhui.schema';
import { CRENEAU_TYPE_LABELS } from '@domain/planning/planning.taxonomies';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';

const heure = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).format(
    new Date(iso),
  );

function TourneeCarte({ enCours }: { enCours: { id: string; debut: string } | null }) {
  return (
    <Card withBorder radius="md" padding="md" data-carte="tournee">
      <Title order={2} size="h4" mb="xs">
        Tournée
      </Title>
      {enCours ? (
        <Stack gap="xs">
          <Text size="sm">Une tournée est en cours depuis {heure(enCours.debut)}.</Text>
          <Button component={Link} to={paths.tournee} size="md" mih={44}>
            Reprendre la tournée
          </Button>
        </Stack>
      ) : (
        <Stack gap="xs">
          <Text size="sm">Aucune tournée en cours.</Text>
          <Button component={Link} to={paths.tournee} size="md" mih={44}>
            Démarrer une tournée
          </Button>
        </Stack>
      )}
    </Card>
  );
}

const creneauHeures = (c: { debut: string; fin: string }) => `${heure(c.debut)}–${heure(c.fin)}`;

/** One of today's shifts: when, with whom, where; a planned tournée or permanence starts here. */
function CreneauDuJour({ c, demarrer }: { c: CarteCreneaux['creneaux'][number]; demarrer: boolean }) {
  const couvrir = c.absents.length > 0;
  return (
    <Stack component="li" gap={2} data-creneau={c.id}>
      <Text fw={700} size="sm">
        {CRENEAU_TYPE_LABELS[c.type]} · {creneauHeures(c)}
      </Text>
      <Text size="sm">Équipe : {c.mediateurs.map((m) => m.nom).join(', ') || 'personne'}</Text>
      {c.lieu ? <Text size="sm">Lieu : {c.lieu}</Text> : null}
      {couvrir ? (
        <Text size="sm" c="red.9" fw={700}>
          ⚠ À couvrir :{' '}
          {c.mediateurs
            .filter((m) => c.absents.includes(m.id))
            .map((m) => m.nom)
            .join(', ')}{' '}
          absent·e
        </Text>
      ) : null}
      {demarrer && c.activiteId === null && (c.type === 'tournee' || c.type === 'permanence') ? (
        <Button
          component={Link}
          to={paths.tourneeDepuis(c.id)}
          size="md"
          mih={44}
          aria-label={`Démarrer : ${CRENEAU_TYPE_LABELS[c.type]} de ${creneauHeures(c)}`}
        >
          Démarrer
        </Button>
      ) : null}
    </Stack>
  );
}

/** Today's shifts: the mediator's own (to start), or the team's count and those to cover. */
function CreneauxCarte({ carte, equipe }: { carte: CarteCreneaux; equipe: boolean }) {
  const titre = equipe ? 'Planning du jour' : 'Mes créneaux du jour';
  return (
    <Card withBorder radius="md" padding="md" data-carte="creneaux">
      <Title order={2} size="h4" mb="xs">
        {titre}
      </Title>
      <Text size="sm" mb="xs">
        {carte.total === 0
          ? 'Aucun créneau planifié aujourd’hui.'
          : `${carte.total} créneau${carte.total > 1 ? 'x' : ''} aujourd’hui${carte.aCouvrir ? `, dont ${carte.aCouvrir} à couvrir` : ''}.`}
      </Text>
      {carte.creneaux.length ? (
        <Stack component="ul" gap="sm" p={0} my="xs" style={{ listStyle: 'none' }}>
          {carte.creneaux.map((c) => (
            <CreneauDuJour key={c.id} c={c} demarrer={!equipe} />
          ))}
        </Stack>
      ) : null}
      <Button component={Link} to={carte.lien} variant="light" size="md" mih={44}>
        {equipe ? 'Voir le planning de la semaine' : 'Voir ma semaine'}
      </Button>
    </Card>
  );
}

function CompteurCarte({ carte }: { carte: CarteCompteur }) {
  return (
    <Card withBorder radius="md" padding="md" data-carte={carte.cle}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Title order={2} size="h4" style={{ minWidth: 0 }}>
          {carte.titre}
        </Title>
        <Text fw={800} fz="xl" lh={1} c={carte.total > 0 ? 'orange.9' : 'dimmed'} aria-hidden="true">
          {carte.total}
        </Text>
      </Group>
      {carte.elements.length > 0 ? (
        <Stack component="ul" gap={4} p={0} my="xs" style={{ listStyle: 'none' }}>
          {carte.elements.map((e) => (
            <li key={e.id}>
              <Anchor component={Link} to={e.lien} display="block" py={10} style={{ minHeight: 44 }}>
                {e.libelle}
                {e.detail ? (
                  <Text component="span" size="sm" c="dimmed">
                    {' '}
                    · {e.detail}
                  </Text>
                ) : null}
              </Anchor>
            </li>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed" my="xs">
          Rien en attente.
        </Text>
      )}
      <Button
        component={Link}
        to={carte.lien}
        variant="light"
        size="md"
        mih={44}
        aria-label={`Voir la liste (${carte.total}) : ${carte.titre}`}
      >
        Voir la liste ({carte.total})
      </Button>
    </Card>
  );
}

/** The cards of « Aujourd'hui », one per kind of work waiting, in the server's order. */
export function AujourdhuiCartes({ cartes, equipe }: { cartes: Carte[]; equipe: boolean }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {cartes.map((c) =>
        c.type === 'tournee' ? (
          <TourneeCarte key="tournee" enCours={c.enCours} />
        ) : c.type === 'creneaux' ? (
          <CreneauxCarte key="creneaux" carte={c} equipe={equipe} />
        ) : (
          <CompteurCarte key={c.cle} carte={c} />
        ),
      )}
    </SimpleGrid>
  );
}
