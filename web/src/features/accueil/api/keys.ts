/** Query keys and addresses shared by the reception operations (one file each beside this one). */
export const personnesQueryKey = ['personnes'] as const;
export const orientationsQueryKey = ['orientations'] as const;
export const demandesQueryKey = ['demandes'] as const;

export const personnePath = (id: string) => `/api/personnes/${encodeURIComponent(id)}`;
export const orientationPath = (id: string) => `/api/orientations/${encodeURIComponent(id)}`;
