import { Text } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useAujourdhui } from '../../features/aujourdhui/api/get-aujourdhui';
import { AujourdhuiCartes } from '../../features/aujourdhui/components/aujourdhui-cartes';
import { ConsignesCarte } from '../../features/planning/components/consignes-carte';
import { useSession } from '../session';

function greeting(now = new Date()): string {
  const hour = Number(
    new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', hour12: false, timeZone: 'Europe/Paris' }).format(
      now,
    ),
  );
  return hour >= 18 || hour < 5 ? 'Bonsoir' : 'Bonjour';
}

const PORTEE = {
  moi: 'Votre travail du jour.',
  equipe: 'Le travail de l’équipe qui attend.',
  partenaire: 'Ce qui attend votre réponse.',
} as const;

/** « Aujourd'hui »: what waits for the user, one card per list, each opening that list filtered. */
export function HomePage() {
  const me = useSession();
  const jour = useAujourdhui();
  // Handover notes are the team's: mediators, coordination and direction write and read them.
  const equipe = me.role === 'mediateur' || me.role === 'coordinateur' || me.role === 'direction';
  return (
    <>
      <PageHeader
        title="Aujourd’hui"
        description={`${greeting()} ${me.user.prenom} · ${me.partenaire?.nom ?? me.structure.nom}`}
      />
      {equipe ? (
        <ConsignesCarte
          moi={{
            id: me.user.id,
            coordination: me.role !== 'mediateur',
            territoires: me.territoires,
          }}
        />
      ) : null}
      <QueryState query={jour} label="votre journée">
        {(data) => (
          <>
            <Text size="sm" c="dimmed" mb="sm">
              {PORTEE[data.portee]}
            </Text>
            <AujourdhuiCartes cartes={data.cartes} equipe={data.portee !== 'moi'} />
          </>
        )}
      </QueryState>
    </>
  );
}
