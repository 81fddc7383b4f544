import { canReadIncidents } from '@domain/alertes/alerte.rules';
import { Stack, Text } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { AlerteCarte } from '../../features/alertes/components/alerte-carte';
import { AlerteMap } from '../../features/alertes/components/alerte-map';
import { useAlertes } from '../../features/alertes/components/alertes-provider';
import { EnvoyerAlerte } from '../../features/alertes/components/envoyer-alerte';
import { IncidentsAnnee } from '../../features/alertes/components/incidents-annee';
import { NotificationsPermission } from '../../features/alertes/components/notifications-permission';
import { useCarte } from '../../features/signalements/api/get-carte';
import { thisYearParis } from '../../lib/dates';
import { paths } from '../../lib/paths';
import { useSession } from '../session';

/**
 * The lone-worker alerts: send one (both levels), and the open alerts that reach the reader,
 * live from the stream, with the position on a map, « Je prends en charge » and the debrief.
 */
export function AlertesPage() {
  const me = useSession();
  const s = useAlertes();
  const carte = useCarte();
  return (
    <>
      <PageHeader
        title="Alertes"
        description="Les alertes de l’équipe arrivent ici en direct : prenez-les en charge, clôturez-les avec un débriefing."
      />
      <Stack gap="md">
        <EnvoyerAlerte />
        <NotificationsPermission />
        <Text size="sm" role="status" c={s.connecte ? undefined : 'red.9'}>
          {s.connecte
            ? 'Connecté : les alertes arrivent en direct.'
            : 'Connexion au flux des alertes… elles s’afficheront dès qu’elle sera rétablie.'}
        </Text>
        {s.alertes.length === 0 ? (
          <Text>Aucune alerte en cours.</Text>
        ) : (
          s.alertes.map((a) => (
            <AlerteCarte
              key={a.id}
              alerte={a}
              moi={s.moi}
              role={me.role}
              carte={
                carte.data && a.latitude !== null && a.longitude !== null ? (
                  <AlerteMap
                    alerte={{ ...a, latitude: a.latitude, longitude: a.longitude }}
                    perimetres={carte.data.perimetres}
                    tileUrl={carte.data.tileUrl}
                    attribution={carte.data.attribution}
                  />
                ) : null
              }
            />
          ))
        )}
        {canReadIncidents(me) ? (
          <IncidentsAnnee annee={thisYearParis()} rapportHref={paths.rapports} />
        ) : null}
      </Stack>
    </>
  );
}
