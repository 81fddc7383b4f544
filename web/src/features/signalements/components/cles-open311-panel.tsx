import type { CleOpen311View } from '@domain/signalements/signalement.schema';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { CopyField } from '../../../components/ui/copy-field';
import { DataList } from '../../../components/ui/data-list';
import { FormAlert } from '../../../components/ui/form-alert';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { useCreateCleOpen311 } from '../api/create-cle-open311';
import { useRevokeCleOpen311 } from '../api/revoke-cle-open311';

/** Admins give city systems and apps a key to post to /open311/v2; the key shows once. */
export function ClesOpen311Panel({ cles }: { cles: CleOpen311View[] }) {
  const [libelle, setLibelle] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const create = useCreateCleOpen311();
  const revoke = useRevokeCleOpen311();
  return (
    <Stack gap="sm">
      <Text size="sm">
        Lecture publique sur <code>/open311/v2/</code> (sans données personnelles ni descriptions internes) ;
        une clé est nécessaire pour déposer une demande.
      </Text>
      <DataList
        rows={cles}
        rowKey={(k) => k.id}
        caption="Clés Open311"
        empty="Aucune clé : les demandes Open311 ne sont pas publiées."
        columns={[
          { key: 'libelle', header: 'Libellé', render: (k) => k.libelle },
          { key: 'creeLe', header: 'Créée le', render: (k) => formatDateTime(k.creeLe) },
          {
            key: 'etat',
            header: 'État',
            render: (k) =>
              k.revoqueeLe ? (
                <Badge color="gray" variant="light">
                  Révoquée
                </Badge>
              ) : (
                <Badge color="teal" variant="light">
                  Active
                </Badge>
              ),
          },
        ]}
        actions={(k) =>
          k.revoqueeLe ? null : (
            <ConfirmButton
              title="Révoquer cette clé ?"
              message={`La clé « ${k.libelle} » cessera immédiatement de fonctionner.`}
              confirmLabel="Révoquer"
              ariaLabel={`Révoquer ${k.libelle}`}
              onConfirm={() => revoke.mutateAsync(k.id)}
            >
              Révoquer
            </ConfirmButton>
          )
        }
      />
      <Group gap="xs" align="flex-end">
        <TextInput
          label="Libellé de la nouvelle clé"
          value={libelle}
          onChange={(e) => setLibelle(e.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
        />
        <Button
          disabled={!libelle.trim()}
          loading={create.isPending}
          onClick={() =>
            create.mutate(libelle.trim(), {
              onSuccess: (k) => {
                setCreated(k.cle ?? null);
                setLibelle('');
              },
            })
          }
        >
          Créer la clé
        </Button>
      </Group>
      {created ? <CopyField label="Clé (affichée une seule fois)" value={created} /> : null}
      <FormAlert message={create.error ? errorMessage(create.error) : null} />
    </Stack>
  );
}
