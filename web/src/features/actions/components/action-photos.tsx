import { ACTION_PHOTO_CONSENTEMENT, ACTION_PHOTOS_MAX } from '@domain/actions/action.taxonomies';
import { Button, Checkbox, FileButton, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { InlineError } from '../../../components/ui/form-alert';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { resizePhoto } from '../../../lib/photo-resize';
import { actionPhotoUrl, useActionPhotos, useAddActionPhoto } from '../api/photos';

/**
 * The photos of an action (issue 14, part 3): shrunk on the phone, cleaned of their metadata by
 * the server, and sent only once the author has ticked that no one is recognisable without consent.
 */
export function ActionPhotos({ actionId, canWrite }: { actionId: string; canWrite: boolean }) {
  const photos = useActionPhotos(actionId);
  const add = useAddActionPhoto(actionId);
  const [accord, setAccord] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const envoyer = async (file: File | null) => {
    setError(null);
    if (!file) return;
    if (!file.type.startsWith('image/')) return setError('Ce fichier n’est pas une photo.');
    try {
      const blob = await resizePhoto(file);
      await add.mutateAsync({ id: crypto.randomUUID(), blob });
      setAccord(false);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Cette photo n’a pas pu être lue.');
    }
  };
  const count = photos.data?.length ?? 0;
  return (
    <SectionCard id="action-photos" title="Photos">
      <Stack gap="sm">
        <QueryState query={photos} label="les photos">
          {(rows) =>
            rows.length ? (
              <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs">
                {rows.map((p, i) => (
                  <Image
                    key={p.id}
                    src={actionPhotoUrl(actionId, p.id)}
                    alt={`Photo ${i + 1} de l’action, ajoutée le ${formatDate(p.le)}`}
                    radius="sm"
                    h={120}
                    fit="cover"
                  />
                ))}
              </SimpleGrid>
            ) : (
              <Text size="sm">Aucune photo.</Text>
            )
          }
        </QueryState>
        {canWrite && count < ACTION_PHOTOS_MAX ? (
          <Stack gap="xs">
            <Checkbox
              label={ACTION_PHOTO_CONSENTEMENT}
              checked={accord}
              onChange={(e) => setAccord(e.currentTarget.checked)}
            />
            <Group>
              <FileButton
                onChange={(f) => void envoyer(f)}
                accept="image/*"
                disabled={!accord || add.isPending}
              >
                {(props) => (
                  <Button {...props} variant="default" loading={add.isPending} disabled={!accord}>
                    Ajouter une photo
                  </Button>
                )}
              </FileButton>
            </Group>
            <Text size="xs" c="dimmed">
              Les métadonnées (position, appareil, date) sont retirées de chaque photo.
            </Text>
          </Stack>
        ) : null}
        <InlineError message={error} />
      </Stack>
    </SectionCard>
  );
}
