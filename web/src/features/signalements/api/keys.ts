/** Query keys and addresses shared by the signalement operations (one file each beside this one). */
export const signalementsQueryKey = ['signalements'] as const;
export const diagnosticsQueryKey = [...signalementsQueryKey, 'diagnostics'] as const;
export const reglesQueryKey = [...signalementsQueryKey, 'regles'] as const;
export const clesOpen311QueryKey = ['open311', 'cles'] as const;
export const lienQueryKey = (token: string) => ['lien-signalement', token] as const;

export const signalementPath = (id: string) => `/api/signalements/${encodeURIComponent(id)}`;
export const lienPath = (token: string) => `/api/lien-signalement/${encodeURIComponent(token)}`;

export const photoUrl = (signalementId: string, photoId: string) =>
  `${signalementPath(signalementId)}/photos/${encodeURIComponent(photoId)}`;
export const lienPhotoUrl = (token: string, photoId: string) =>
  `${lienPath(token)}/photos/${encodeURIComponent(photoId)}`;
export const diagnosticPdfUrl = (id: string) => `/api/signalements/diagnostics/${encodeURIComponent(id)}/pdf`;
