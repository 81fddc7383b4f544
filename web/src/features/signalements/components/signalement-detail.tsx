import {
  CATEGORIE_LABELS,
  type SignalementDetail,
  STATUT_LABELS,
} from '@domain/signalements/signalement.schema';
import { Alert, Group, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { formatDateTime } from '../../../lib/dates';
import { PlanReperes } from './plan-reperes';
import classes from './signalements.module.css';
import { StatutBadge } from './statut-badge';

const VIA: Record<string, string> = {
  application: 'application',
  portail: 'portail partenaire',
  lien: 'lien e-mail',
  open311: 'Open311',
  systeme: 'automatique',
};

const distance = (m: number) =>
  m < 1000 ? `${m} m` : `${(m / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} km`;

/** What a signalement says, its photos, and who changed its status when. */
export function SignalementDetailView({
  s,
  photoSrc,
}: {
  s: SignalementDetail;
  photoSrc: (photoId: string) => string;
}) {
  return (
    <Stack gap="md">
      <Group gap="xs">
        <StatutBadge statut={s.statut} />
        <Text size="sm" c="dimmed">
          n° {s.numero} · vu le {formatDateTime(s.observeLe)}
        </Text>
      </Group>
      {s.alerteRoutage ? (
        <Alert color="orange" variant="light" title="À orienter">
          {s.alerteRoutage}
        </Alert>
      ) : null}
      <dl style={{ margin: 0 }}>
        <Text component="dt" size="sm" fw={600}>
          Catégorie
        </Text>
        <Text component="dd" ml={0} mb="xs">
          {CATEGORIE_LABELS[s.categorie]}
        </Text>
        <Text component="dt" size="sm" fw={600}>
          Lieu
        </Text>
        <Text component="dd" ml={0} mb="xs">
          {s.lieuNom ?? (s.latitude !== null ? 'Point relevé sur place' : '—')}
          {s.reperes?.qpvNom
            ? ` · QPV ${s.reperes.qpvNom}`
            : s.qpvCode
              ? ` (QPV ${s.qpvCode})`
              : ' (hors QPV)'}
        </Text>
        {s.reperes?.lieuProche ? (
          <>
            <Text component="dt" size="sm" fw={600}>
              Lieu connu le plus proche
            </Text>
            <Text component="dd" ml={0} mb="xs">
              {s.reperes.lieuProche.nom}, à {distance(s.reperes.lieuProche.distanceM)}
            </Text>
          </>
        ) : null}
        <Text component="dt" size="sm" fw={600}>
          Partenaire
        </Text>
        <Text component="dd" ml={0} mb="xs">
          {s.partenaireNom ?? 'Aucun pour l’instant'}
        </Text>
        <Text component="dt" size="sm" fw={600}>
          Description{s.descriptionInterne ? ' (interne)' : ''}
        </Text>
        <Text component="dd" ml={0} mb="xs">
          {s.description ?? '—'}
        </Text>
      </dl>
      {s.reperes?.contour && s.latitude !== null && s.longitude !== null ? (
        <PlanReperes
          contour={s.reperes.contour}
          qpvNom={s.reperes.qpvNom}
          latitude={s.latitude}
          longitude={s.longitude}
        />
      ) : null}
      {s.photos.length ? (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          {s.photos.map((p, i) => (
            <img
              key={p.id}
              src={photoSrc(p.id)}
              alt={`Vue ${i + 1} du problème signalé`}
              width={p.largeur}
              height={p.hauteur}
              className={classes.photo}
            />
          ))}
        </SimpleGrid>
      ) : null}
      <Title order={2} size="h4">
        Historique
      </Title>
      <Timeline active={s.historique.length - 1} bulletSize={14} lineWidth={2}>
        {s.historique.map((h) => (
          <Timeline.Item key={`${h.le}-${h.statut}`} title={STATUT_LABELS[h.statut]}>
            <Text size="sm">
              {formatDateTime(h.le)} · {h.par} ({VIA[h.via] ?? h.via})
            </Text>
            {h.commentaire ? (
              <Text size="sm" c="dimmed">
                {h.commentaire}
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
