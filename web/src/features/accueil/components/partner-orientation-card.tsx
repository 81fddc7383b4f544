import { MOTIF_LABELS, MOTIF_REFUS_LABELS } from '@domain/accueil/accueil.taxonomies';
import { type OrientationPartenaireView, reponsePartenaireSchema } from '@domain/accueil/orientation.schema';
import { Button, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useForm } from '../../../lib/form';
import { useAnswerOrientation } from '../api/answer-orientation';
import { MOTIF_REFUS_OPTIONS } from './options';
import { StatutBadge } from './statut-badge';

/** One orientation addressed to the partner, with its answer buttons while it is open. */
export function PartnerOrientationCard({ o }: { o: OrientationPartenaireView }) {
  const answer = useAnswerOrientation();
  const [refusing, setRefusing] = useState(false);
  const form = useForm({ motifRefus: null as string | null, commentaire: '' });
  const open = o.statut === 'proposee' || o.statut === 'prise_de_contact';
  const send = (reponse: 'acceptee' | 'refusee' | 'aboutie') => {
    const input = form.validate(reponsePartenaireSchema, {
      reponse,
      motifRefus: reponse === 'refusee' ? form.values.motifRefus : null,
      commentaire: form.values.commentaire,
    });
    if (!input) return;
    answer.mutate(
      { id: o.id, ...input },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: 'Réponse envoyée à la structure.' }),
        onError: form.handleError,
      },
    );
  };
  const submitRefusal = (e: FormEvent) => {
    e.preventDefault();
    send('refusee');
  };
  const titleId = `orientation-${o.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700} id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {o.personne ? `${o.personne.pseudonyme}` : 'Personne non identifiée'} — {o.service.nom}
          </Text>
          <StatutBadge statut={o.statut} />
        </Group>
        <Text size="sm">Orientée le {formatDate(o.creeLe)}</Text>
        <Text size="sm">Motifs : {o.motifs.map((m) => MOTIF_LABELS[m]).join(', ')}</Text>
        {o.personne ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            Coordonnées partagées avec son accord :{' '}
            {[o.personne.prenom, o.personne.nom].filter(Boolean).join(' ') || '—'}
            {o.personne.telephone ? ` · ${o.personne.telephone}` : ''}
            {o.personne.email ? ` · ${o.personne.email}` : ''}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            La personne n’a pas souhaité partager ses coordonnées : elle vous contactera.
          </Text>
        )}
        {o.motifRefus ? <Text size="sm">Motif du refus : {MOTIF_REFUS_LABELS[o.motifRefus]}</Text> : null}
        {o.historique.length > 1 ? (
          <Text size="xs" c="dimmed">
            Dernier changement : {formatDateTime(o.statutLe)}
          </Text>
        ) : null}
        {open && !refusing ? (
          <Group gap="xs" mt="xs">
            {o.statut === 'proposee' ? (
              <Button onClick={() => send('acceptee')} loading={answer.isPending}>
                Accepter
              </Button>
            ) : null}
            <Button color="teal" variant="light" onClick={() => send('aboutie')} loading={answer.isPending}>
              Aboutie
            </Button>
            <Button color="red" variant="light" onClick={() => setRefusing(true)}>
              Refuser
            </Button>
          </Group>
        ) : null}
        {open && refusing ? (
          <form onSubmit={submitRefusal} noValidate aria-label="Refuser l’orientation">
            <Stack gap="xs">
              <Select
                label="Motif du refus"
                required
                data={MOTIF_REFUS_OPTIONS}
                {...form.selectProps('motifRefus')}
                allowDeselect={false}
              />
              <Textarea
                label="Commentaire (facultatif)"
                autosize
                minRows={2}
                {...form.textProps('commentaire')}
              />
              <Group gap="xs">
                <Button type="submit" color="red" loading={answer.isPending}>
                  Confirmer le refus
                </Button>
                <Button variant="default" onClick={() => setRefusing(false)}>
                  Annuler
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
        <FormAlert message={form.formError} title="Impossible d’envoyer la réponse" />
      </Stack>
    </Card>
  );
}
