/** Query key and addresses shared by the collective actions' operations (one file each beside this one). */
export const actionsQueryKey = ['actions'] as const;

export const actionPath = (id: string) => `/api/actions/${encodeURIComponent(id)}`;
