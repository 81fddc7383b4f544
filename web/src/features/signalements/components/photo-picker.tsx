import { PHOTO_MAX_BYTES, PHOTO_MAX_COUNT } from '@domain/signalements/signalement.taxonomies';
import { Alert, Button, CloseButton, FileButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { InlineError } from '../../../components/ui/form-alert';
import { resizePhoto } from '../../../lib/photo-resize';
import classes from './signalements.module.css';

export interface PickedPhoto {
  id: string;
  blob: Blob;
  url: string;
}

/** 0 to 3 photos from the camera, resized before sending; reminds not to photograph people. */
export function PhotoPicker({
  value,
  onChange,
}: {
  value: PickedPhoto[];
  onChange: (p: PickedPhoto[]) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const add = async (file: File | null) => {
    setError(null);
    if (!file) return;
    if (!file.type.startsWith('image/')) return setError('Ce fichier n’est pas une photo.');
    try {
      const blob = await resizePhoto(file);
      if (blob.size > PHOTO_MAX_BYTES) return setError('Photo trop lourde, même réduite (5 Mo au plus).');
      onChange([...value, { id: crypto.randomUUID(), blob, url: URL.createObjectURL(blob) }]);
    } catch {
      setError('Photo illisible : reprenez-la.');
    }
  };
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Photos ({value.length}/{PHOTO_MAX_COUNT})
      </Text>
      <Alert color="yellow" variant="light" p="xs">
        <Text size="xs">Ne photographiez pas les personnes : seulement le problème (objet, lieu).</Text>
      </Alert>
      <Group gap="xs">
        {value.map((p, i) => (
          <div key={p.id} style={{ position: 'relative' }}>
            <img src={p.url} alt={`Prise de vue ${i + 1}`} className={classes.thumb} />
            <CloseButton
              aria-label={`Retirer la prise de vue ${i + 1}`}
              size="sm"
              variant="filled"
              style={{ position: 'absolute', top: 2, right: 2 }}
              onClick={() => onChange(value.filter((x) => x.id !== p.id))}
            />
          </div>
        ))}
      </Group>
      {value.length < PHOTO_MAX_COUNT ? (
        <FileButton onChange={(f) => void add(f)} accept="image/*" capture="environment">
          {(props) => (
            <Button {...props} variant="default" size="md">
              Prendre une photo
            </Button>
          )}
        </FileButton>
      ) : null}
      <InlineError message={error} />
    </Stack>
  );
}
