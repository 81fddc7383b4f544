import type {
  CaptureResultView,
  PhotoView,
  SignalementCreateInput,
} from '@domain/signalements/signalement.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { sendOrKeep } from '../../../lib/outbox-capture';
import { signalementPath, signalementsQueryKey } from './keys';

/** Sends one photo as the raw image body; the photo id makes a retry harmless. */
const uploadPhoto = (signalementId: string, photoId: string, blob: Blob) =>
  api.post<PhotoView>(`${signalementPath(signalementId)}/photos`, blob, {
    query: { photoId },
    networkMessage: 'La photo n’a pas pu être envoyée : vérifiez votre connexion.',
  });

export interface CaptureInput {
  body: SignalementCreateInput;
  photos: Array<{ id: string; blob: Blob }>;
}

export async function sendSignalement(input: CaptureInput) {
  const result = await api.post<CaptureResultView>('/api/signalements', input.body);
  const photos = [];
  for (const p of input.photos) photos.push(await uploadPhoto(result.signalement.id, p.id, p.blob));
  return { ...result, signalement: { ...result.signalement, photos } };
}

/**
 * Saves the signalement, then its photos one by one (each idempotent on its client-made id).
 * Without network all wait in the outbox, the photos as Blobs, each after its signalement.
 */
export const captureSignalement = (input: CaptureInput) => {
  const id = input.body.id as string;
  return sendOrKeep(
    [
      { method: 'POST', path: '/api/signalements', body: input.body, clientId: id, label: 'Signalement' },
      ...input.photos.map((p, i) => ({
        method: 'POST' as const,
        path: `${signalementPath(id)}/photos?photoId=${encodeURIComponent(p.id)}`,
        body: p.blob,
        clientId: p.id,
        dependsOn: id,
        label: `Photo ${i + 1} du signalement`,
      })),
    ],
    () => sendSignalement(input),
  );
};

export const useCaptureSignalement = () =>
  useInvalidatingMutation(captureSignalement, [signalementsQueryKey]);
