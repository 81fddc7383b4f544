import type { ActiviteView } from '@domain/main-courante/activite.views';
import {
  CADRE_LABELS,
  CRENEAU_LABELS,
  GENRE_LABELS,
  NATURE_LABELS,
  OBSERVATION_KIND_LABELS,
  PUBLIC_LABELS,
} from '@domain/main-courante/main-courante.taxonomies';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { type DataColumn, DataList } from '../../../components/ui/data-list';
import { formatDateTime } from '../../../lib/dates';
import { StatutBadge } from './activite-list';
import { formatDuree, formatTime } from './labels';

const REVUE_ACTIONS = {
  validee: 'Validée',
  a_corriger: 'À corriger',
  deverrouillee: 'Déverrouillée',
} as const;

/** Everything about one activity: frame, contacts, observations, review history. */
type ContactLigne = ActiviteView['contacts'][number];

const CONTACT_COLUMNS: DataColumn<ContactLigne>[] = [
  { key: 'nature', header: 'Nature', render: (c) => NATURE_LABELS[c.nature] },
  { key: 'heure', header: 'Heure', render: (c) => formatTime(c.heure) },
  { key: 'nb', header: 'Personnes', render: (c) => c.nbPersonnes },
  { key: 'public', header: 'Public', render: (c) => PUBLIC_LABELS[c.public] },
  { key: 'genre', header: 'Genre', render: (c) => GENRE_LABELS[c.genre] },
];

export function ActiviteDetail({
  a,
  observationAction,
}: {
  a: ActiviteView;
  observationAction?: (id: string) => ReactNode;
}) {
  const contacts = a.contacts.filter((c) => !c.supprime);
  const observations = a.observations.filter((o) => !o.supprimee);
  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Group gap="xs" mb="xs">
          <StatutBadge a={a} />
          <Badge variant="outline">{CRENEAU_LABELS[a.creneau]}</Badge>
        </Group>
        <Text size="sm">
          <strong>{CADRE_LABELS[a.cadre]}</strong> du {formatDateTime(a.debut)} au{' '}
          {a.fin ? formatDateTime(a.fin) : '… (en cours)'} · {formatDuree(a.dureeMinutes)}
        </Text>
        <Text size="sm">
          {a.territoire.nom} ({a.territoire.qpvCode}){a.secteur ? ` · secteur ${a.secteur.nom}` : ''}
          {a.lieu ? ` · ${a.lieu.nom}` : ''}
        </Text>
        <Text size="sm">Présent·es : {a.mediateurs.map((m) => `${m.prenom} ${m.nom}`).join(', ')}</Text>
        {a.commentaire ? <Text size="sm">Commentaire : {a.commentaire}</Text> : null}
        <Text size="sm" mt="xs">
          {a.nbContacts} contact(s) · {a.nbPersonnes} personne(s) · {a.nbObservations} observation(s)
        </Text>
      </Paper>

      <section aria-labelledby="contacts-titre">
        <Title order={2} size="h4" id="contacts-titre" mb="xs">
          Contacts
        </Title>
        {contacts.length === 0 ? (
          <Text size="sm" c="dimmed">
            Aucun contact.
          </Text>
        ) : (
          <DataList
            rows={contacts}
            columns={CONTACT_COLUMNS}
            rowKey={(c) => c.id}
            caption="Contacts de l’activité"
            minTableWidth={420}
          />
        )}
      </section>

      <section aria-labelledby="observations-titre">
        <Title order={2} size="h4" id="observations-titre" mb="xs">
          Observations
        </Title>
        {observations.length === 0 ? (
          <Text size="sm" c="dimmed">
            Aucune observation.
          </Text>
        ) : (
          <Stack gap="xs">
            {observations.map((o) => (
              <Paper key={o.id} withBorder p="sm">
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={600}>
                    {OBSERVATION_KIND_LABELS[o.kind]} · {formatTime(o.heure ?? o.createdAt)}
                  </Text>
                  {o.traiteeLe ? (
                    <Badge color="green" variant="light">
                      Traitée
                    </Badge>
                  ) : (
                    <Badge color="orange" variant="light">
                      Signalée à la coordination
                    </Badge>
                  )}
                </Group>
                <Text size="sm">{o.note}</Text>
                {observationAction ? observationAction(o.id) : null}
              </Paper>
            ))}
          </Stack>
        )}
      </section>

      {a.historiqueRevue.length ? (
        <section aria-labelledby="revue-titre">
          <Title order={2} size="h4" id="revue-titre" mb="xs">
            Historique de la revue
          </Title>
          <Stack gap={4}>
            {a.historiqueRevue.map((h) => (
              <Text size="sm" key={`${h.le}-${h.action}`}>
                {formatDateTime(h.le)} · {REVUE_ACTIONS[h.action]}
                {h.par ? ` par ${h.par.prenom} ${h.par.nom}` : ''}
                {h.commentaire ? ` : « ${h.commentaire} »` : ''}
              </Text>
            ))}
          </Stack>
        </section>
      ) : null}
    </Stack>
  );
}
