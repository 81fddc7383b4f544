import { ALERTE_NIVEAU_LABELS } from '@domain/alertes/alerte.taxonomies';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { etatAlerte, titreAlerte } from './alerte-format';
import { type AlertesState, useAlertes } from './alertes-provider';

const MAX = 3;

/** The sender's own alert: on its way, retried, refused, or who took it in charge. */
function MonAlerte({ s, href }: { s: AlertesState; href: string }) {
  const { envoi } = s;
  const mienne =
    s.alertes.find((a) => a.mediateur.id === s.moi && a.statut !== 'close') ??
    (envoi ? s.alertes.find((a) => a.id === envoi.id) : undefined);
  if (!envoi && !mienne) return null;
  if (envoi && !mienne && envoi.etat !== 'envoyee') {
    const texte =
      envoi.etat === 'envoi'
        ? 'Envoi de votre alerte…'
        : envoi.etat === 'reessai'
          ? `Votre alerte n’est pas encore partie. ${envoi.erreur ?? ''}`
          : `Votre alerte a été refusée : ${envoi.erreur ?? ''}`;
    return (
      <Alert color={envoi.etat === 'refusee' ? 'red' : 'orange'} title={ALERTE_NIVEAU_LABELS[envoi.niveau]}>
        <Text size="sm" role="status">
          {texte}
        </Text>
      </Alert>
    );
  }
  if (!mienne) return null;
  return (
    <Alert color={mienne.statut === 'close' ? 'gray' : 'orange'} title="Votre alerte est partie">
      <Group justify="space-between" gap="xs">
        <Text size="sm" role="status">
          {etatAlerte(mienne)}
        </Text>
        {mienne.statut === 'close' ? (
          <Button size="compact-md" variant="default" onClick={() => s.oublier(mienne.id)}>
            Masquer
          </Button>
        ) : (
          <Button component={Link} to={href} size="compact-md" variant="default">
            Voir
          </Button>
        )}
      </Group>
    </Alert>
  );
}

/**
 * Above every page: the open alerts of colleagues (each an ARIA alert, so a screen reader says it
 * at once) and the state of one's own alert. The alerts page shows them in full instead.
 */
export function AlertesBanniere({ href }: { href: string }) {
  const s = useAlertes();
  const { pathname } = useLocation();
  if (!s.peutSuivre) return null;
  const conseil = s.conseil ? (
    <Alert color="red" variant="light" title="L’alerte n’est pas partie">
      <Text size="sm">
        Pour envoyer l’alerte, maintenez le bouton « Alerte » appuyé une seconde et demie.
      </Text>
    </Alert>
  ) : null;
  if (pathname === href) return conseil;
  const autres = s.alertes.filter((a) => a.mediateur.id !== s.moi && a.statut !== 'close');
  const mienne = s.envoi !== null || s.alertes.some((a) => a.mediateur.id === s.moi && a.statut !== 'close');
  // Nothing to say: nothing drawn, so the page starts where it always does.
  if (autres.length === 0 && !conseil && !mienne) return null;
  return (
    <Stack gap="xs" mb="sm">
      <div>
        {autres.slice(0, MAX).map((a) => (
          <Alert key={a.id} color="red" variant="filled" mb="xs" title={`Alerte : ${titreAlerte(a)}`}>
            <Group justify="space-between" gap="xs">
              <Text size="sm">{etatAlerte(a)}</Text>
              <Button component={Link} to={href} size="compact-md" variant="white" color="red">
                Voir l’alerte
              </Button>
            </Group>
          </Alert>
        ))}
        {autres.length > MAX ? (
          <Text size="sm" fw={700}>
            Et {autres.length - MAX} autre{autres.length - MAX > 1 ? 's' : ''} alerte
            {autres.length - MAX > 1 ? 's' : ''} ouverte{autres.length - MAX > 1 ? 's' : ''}.
          </Text>
        ) : null}
      </div>
      {conseil}
      <MonAlerte s={s} href={href} />
    </Stack>
  );
}
