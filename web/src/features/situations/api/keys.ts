/** Query key and addresses shared by the situation operations (one file each beside this one). */
export const situationsQueryKey = ['situations'] as const;
export const declarationsQueryKey = ['declarations-impartialite'] as const;

export const situationPath = (id: string) => `/api/situations/${encodeURIComponent(id)}`;
export const agreementPdfUrl = (id: string) => `${situationPath(id)}/accord.pdf`;
