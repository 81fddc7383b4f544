import type {
  CaptureResultView,
  PhotoView,
  SignalementCreateInput,
} from '@domain/signalements/signalement.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
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

export async function captureSignalement(input: CaptureInput) {
  const result = await api.post<CaptureResultView>('/api/signalements', input.body);
  const photos = [];
  for (const p of input.photos) photos.push(await uploadPhoto(result.signalement.id, p.id, p.blob));
  return { ...result, signalement: { ...result.signalement, photos } };
}

/** Saves the signalement (idempotent by its id), then its photos one by one. */
export const useCaptureSignalement = () =>
  useInvalidatingMutation(captureSignalement, [signalementsQueryKey]);
