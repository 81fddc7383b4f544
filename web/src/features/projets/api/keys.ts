/** Query key and address shared by the project operations (one file each beside this one). */
export const projetsQueryKey = ['projets'] as const;

export const projetPath = (id: string) => `/api/projets/${encodeURIComponent(id)}`;
