import type { CaptureResultView, Categorie } from '@domain/signalements/signalement.schema';
import { Button, Checkbox, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { SensitiveTextWarning, useSensitiveCheck } from '../../../components/ui/sensitive-text';
import { errorMessage } from '../../../lib/api-client';
import type { Option, OptionGroup } from '../../../lib/reference-options';
import { useCaptureSignalement } from '../api/capture-signalement';
import { CategoryGrid } from './category-grid';
import { PhotoPicker, type PickedPhoto } from './photo-picker';

type Gps =
  | { state: 'attente' }
  | { state: 'ok'; lat: number; lon: number; precision: number }
  | { state: 'erreur'; message: string };

/** A veille observation the signalement comes from: its place and note pre-fill the form. */
export interface CaptureDepuis {
  observationId: string;
  lieuId: string | null;
  note: string;
}

/**
 * Category, photos, GPS point or place, optional description: under 20 seconds on a phone. From
 * an observation, its place and note are filled in, the note kept internal (it may name people),
 * and the server links the observation to the new signalement.
 */
export function CaptureForm({
  lieux,
  diagnostics,
  onDone,
  onCaptured,
  depuis,
}: {
  lieux: OptionGroup[];
  /** Walks in progress the signalement can belong to. */
  diagnostics: Option[];
  /** The server's answer, or null when the phone keeps the signalement until the network is back. */
  onDone: (r: CaptureResultView | null) => void;
  /** The client id of the signalement just saved or kept (an action links it: ADR 037). */
  onCaptured?: (id: string) => void;
  depuis?: CaptureDepuis | null;
}) {
  const [categorie, setCategorie] = useState<Categorie | null>(null);
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [gps, setGps] = useState<Gps>({ state: 'attente' });
  const [lieuId, setLieuId] = useState<string | null>(depuis?.lieuId ?? null);
  const [description, setDescription] = useState(depuis?.note ?? '');
  const [interne, setInterne] = useState(depuis != null);
  const [diagnosticId, setDiagnosticId] = useState<string | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const id = useRef(crypto.randomUUID());
  const capture = useCaptureSignalement();

  const locate = () => {
    if (!('geolocation' in navigator))
      return setGps({ state: 'erreur', message: 'GPS indisponible : choisissez un lieu.' });
    setGps({ state: 'attente' });
    navigator.geolocation.getCurrentPosition(
      (p) =>
        setGps({
          state: 'ok',
          lat: p.coords.latitude,
          lon: p.coords.longitude,
          precision: Math.round(p.coords.accuracy),
        }),
      () => setGps({ state: 'erreur', message: 'Position introuvable : choisissez un lieu.' }),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 30_000 },
    );
  };
  useEffect(locate, []);

  const sensitive = useSensitiveCheck();
  const submit = async () => {
    if (!categorie) return setMissing('Choisissez une catégorie.');
    if (gps.state !== 'ok' && !lieuId) return setMissing('Indiquez la position (GPS) ou un lieu.');
    setMissing(null);
    if (!(await sensitive.allows(description))) return;
    capture.mutate(
      {
        body: {
          id: id.current,
          categorie,
          lieuId,
          latitude: gps.state === 'ok' ? gps.lat : null,
          longitude: gps.state === 'ok' ? gps.lon : null,
          description: description.trim() || null,
          descriptionInterne: interne,
          observeLe: new Date().toISOString(),
          diagnosticId,
          observationId: depuis?.observationId ?? null,
        },
        photos: photos.map((p) => ({ id: p.id, blob: p.blob })),
      },
      {
        onSuccess: (captured) => {
          onCaptured?.(id.current);
          onDone(captured.kept ? null : captured.result);
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <CategoryGrid value={categorie} onChange={setCategorie} />
      <PhotoPicker value={photos} onChange={setPhotos} />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Position
        </Text>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="sm" aria-live="polite" c={gps.state === 'erreur' ? 'red.8' : undefined}>
            {gps.state === 'attente'
              ? 'Recherche de la position GPS…'
              : gps.state === 'ok'
                ? `Position GPS relevée (± ${gps.precision} m)`
                : gps.message}
          </Text>
          <Button variant="subtle" size="xs" onClick={locate}>
            Relocaliser
          </Button>
        </Group>
        <Select
          label="Ou un lieu du territoire"
          placeholder="Choisir un lieu"
          data={lieux}
          value={lieuId}
          onChange={setLieuId}
          searchable
          clearable
        />
      </Stack>
      <Textarea
        label="Description (facultative)"
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        maxLength={2000}
        autosize
        minRows={2}
      />
      <Checkbox
        label="Description interne (non publiée en open data)"
        checked={interne}
        onChange={(e) => setInterne(e.currentTarget.checked)}
      />
      {diagnostics.length ? (
        <Select
          label="Diagnostic en marchant (facultatif)"
          placeholder="Aucun"
          data={diagnostics}
          value={diagnosticId}
          onChange={setDiagnosticId}
          clearable
        />
      ) : null}
      {missing ? (
        <Text c="red.8" size="sm" role="alert">
          {missing}
        </Text>
      ) : null}
      <SensitiveTextWarning check={sensitive} onKeep={submit} />
      <FormAlert message={capture.error ? errorMessage(capture.error) : null} />
      <Button size="lg" onClick={submit} loading={capture.isPending}>
        Envoyer le signalement
      </Button>
    </Stack>
  );
}
