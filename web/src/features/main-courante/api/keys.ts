/** Query key and addresses shared by the activity operations (one file each beside this one). */
export const activitesQueryKey = ['activites'] as const;

export const activitePath = (id: string) => `/api/activites/${encodeURIComponent(id)}`;

/** The CSV export of the period (a download link, not a query). */
export const exportUrl = (du?: string, au?: string) => {
  const q = new URLSearchParams();
  if (du) q.set('du', du);
  if (au) q.set('au', au);
  const s = q.toString();
  return `/api/activites/export.csv${s ? `?${s}` : ''}`;
};
