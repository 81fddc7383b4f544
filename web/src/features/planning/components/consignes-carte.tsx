import type { ConsigneView } from '@domain/planning/planning.schema';
import { jourFr } from '@domain/time/paris';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { FormAlert } from '../../../components/ui/form-alert';
import { FormModal } from '../../../components/ui/form-modal';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/api-client';
import { useDeleteConsigne } from '../api/delete-consigne';
import { useConsignes } from '../api/get-consignes';
import { useLireConsigne } from '../api/lire-consigne';
import { ConsigneForm } from './consigne-form';

interface Lecteur {
  id: string;
  coordination: boolean;
  territoires: ReadonlyArray<{ id: string; nom: string }>;
}

/** One note: unread ones say so in words; « J'ai lu » for those it concerns, the count for its author. */
function ConsigneItem({ c, moi }: { c: ConsigneView; moi: Lecteur }) {
  const lire = useLireConsigne();
  const retirer = useDeleteConsigne();
  const auteur = c.auteur.id === moi.id;
  const qpv = moi.territoires.find((t) => t.id === c.territoireId)?.nom;
  const pour = c.creneauId ? 'l’équipe d’un créneau' : (qpv ?? 'toute l’équipe');
  return (
    <Stack component="li" gap={4} data-consigne={c.id} data-lue={c.lue || auteur ? 'oui' : 'non'}>
      <Group gap="xs">
        {c.lue || auteur ? null : <Badge color="blue.9">Non lue</Badge>}
        <Text fw={c.lue || auteur ? 400 : 700}>{c.texte}</Text>
      </Group>
      <Text size="sm" c="dimmed">
        {c.auteur.nom} · pour {pour} · jusqu’au {jourFr(c.jusquau)}
      </Text>
      <Group gap="sm">
        {!auteur && !c.lue ? (
          <Button size="sm" variant="light" loading={lire.isPending} onClick={() => lire.mutate(c.id)}>
            J’ai lu
          </Button>
        ) : null}
        {!auteur && c.lue ? <Text size="sm">✓ Lue</Text> : null}
        {auteur || moi.coordination ? (
          <Text size="sm">
            Lue par {c.lectures} personne{c.lectures > 1 ? 's' : ''}
          </Text>
        ) : null}
        {auteur || moi.coordination ? (
          <ConfirmButton
            title="Retirer la consigne"
            message={`« ${c.texte} » ne sera plus affichée.`}
            confirmLabel="Retirer la consigne"
            onConfirm={() => retirer.mutateAsync(c.id)}
            buttonProps={{ size: 'sm', variant: 'subtle', color: 'red' }}
            ariaLabel={`Retirer la consigne « ${c.texte} »`}
          >
            Retirer
          </ConfirmButton>
        ) : null}
      </Group>
      <FormAlert message={lire.isError ? errorMessage(lire.error) : null} />
    </Stack>
  );
}

/**
 * « Consignes » on the home page: the handover notes that concern the reader, unread first, and
 * « Nouvelle consigne ».
 */
export function ConsignesCarte({ moi }: { moi: Lecteur }) {
  const consignes = useConsignes();
  const [ecrire, setEcrire] = useState(false);
  return (
    <Card withBorder radius="md" padding="md" data-carte="consignes" mb="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          Consignes
        </Title>
        <Button variant="default" onClick={() => setEcrire(true)}>
          Nouvelle consigne
        </Button>
      </Group>
      <QueryState query={consignes} label="les consignes">
        {({ items }) =>
          items.length === 0 ? (
            <Text size="sm">Aucune consigne en cours.</Text>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {[...items]
                .sort(
                  (a, b) => Number(a.lue || a.auteur.id === moi.id) - Number(b.lue || b.auteur.id === moi.id),
                )
                .map((c) => (
                  <ConsigneItem key={c.id} c={c} moi={moi} />
                ))}
            </Stack>
          )
        }
      </QueryState>
      <FormModal opened={ecrire} onClose={() => setEcrire(false)} title="Nouvelle consigne">
        {ecrire ? <ConsigneForm territoires={moi.territoires} onDone={() => setEcrire(false)} /> : null}
      </FormModal>
    </Card>
  );
}
