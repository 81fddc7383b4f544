import type { Carte, CarteCompteur } from '@domain/aujourdhui/aujourdhui.schema';
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
export function AujourdhuiCartes({ cartes }: { cartes: Carte[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {cartes.map((c) =>
        c.type === 'tournee' ? (
          <TourneeCarte key="tournee" enCours={c.enCours} />
        ) : (
          <CompteurCarte key={c.cle} carte={c} />
        ),
      )}
    </SimpleGrid>
  );
}
