import { jourFr } from '@domain/time/paris';
import { Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { type JournalFilters as Filters, useJournal } from '../../features/journal/api/get-journal';
import { JournalFilters } from '../../features/journal/components/journal-filters';
import { JournalTable } from '../../features/journal/components/journal-table';
import { useUtilisateurs } from '../../features/utilisateurs/api/get-utilisateurs';
import { queryDay } from '../../lib/url-filters';

/** Filters live in the URL, so a filtered view can be bookmarked or shared. */
function readFilters(params: URLSearchParams): Filters {
  const day = (key: string) => queryDay(params, key) ?? null;
  return {
    entityType: params.get('type') || null,
    action: params.get('action') || null,
    userId: params.get('utilisateur') || null,
    canal: params.get('canal') || null,
    du: day('du'),
    au: day('au'),
  };
}

function writeFilters(f: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.entityType) params.set('type', f.entityType);
  if (f.action) params.set('action', f.action);
  if (f.userId) params.set('utilisateur', f.userId);
  if (f.canal) params.set('canal', f.canal);
  if (f.du) params.set('du', f.du);
  if (f.au) params.set('au', f.au);
  return params;
}

/** The server reads 30 days when no start is given: the page says which days it shows. */
const periodeLabel = ({ du, au }: { du: string; au: string | null }) =>
  `Du ${jourFr(du)} ${au ? `au ${jourFr(au)}` : 'à aujourd’hui'}.`;

export function JournalPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const journal = useJournal(filters);
  const users = useUtilisateurs();
  const userOptions = (users.data ?? []).map((u) => ({ value: u.id, label: `${u.prenom} ${u.nom}` }));
  const setFilters = (next: Filters) => setParams(writeFilters(next), { replace: true });

  return (
    <>
      <PageHeader
        title="Journal d’audit"
        description="Qui a consulté ou modifié quoi, et quand (heure de Paris). Les secrets n’y figurent jamais."
      />
      <Stack gap="md">
        <JournalFilters filters={filters} userOptions={userOptions} onChange={setFilters} />
        <PagedList
          query={journal}
          label="le journal"
          noun={['entrée', 'entrées']}
          empty="Aucune entrée ne correspond à ces filtres."
        >
          {(items, data) => (
            <>
              <Text size="sm" c="dimmed">
                {periodeLabel(data.first.periode)}
                {filters.du ? '' : ' Choisissez une date « Du » pour remonter plus loin.'}
              </Text>
              <JournalTable items={items} />
            </>
          )}
        </PagedList>
      </Stack>
    </>
  );
}
