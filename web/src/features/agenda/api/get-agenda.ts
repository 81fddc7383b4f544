import { type Agenda, agendaPaths } from '@domain/agenda/agenda.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type { Agenda };

export const agendaQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['agenda-public', slug] as const,
    queryFn: ({ signal }) =>
      api.get<Agenda>(agendaPaths.json(slug), { signal, skipUnauthorizedRedirect: true }),
    retry: false,
  });

/** A structure's public agenda: no session, the slug is the address. */
export const useAgenda = (slug: string) => useQuery(agendaQueryOptions(slug));
