import { Badge, Group, Pagination, Stack, Text } from '@mantine/core';
import { DataList } from '../../../components/ui/data-list';
import { useIsDesktop } from '../../../components/ui/use-is-desktop';
import { formatDateTime } from '../../../lib/dates';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  type AuditAction,
  type JournalPage,
} from '../api/get-journal';
import { DiffView } from './diff-view';

const ACTION_COLORS: Record<string, string> = { create: 'teal', update: 'blue', delete: 'red', read: 'gray' };

const actionLabel = (a: string) => AUDIT_ACTION_LABELS[a as AuditAction] ?? a;
const entityLabel = (t: string) => AUDIT_ENTITY_LABELS[t] ?? t;

/** One page of the audit log and the pager. */
export function JournalTable({ data, onPage }: { data: JournalPage; onPage: (page: number) => void }) {
  const isDesktop = useIsDesktop();
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const first = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1;
  const last = Math.min(data.total, data.page * data.pageSize);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {data.total === 0
          ? 'Aucune entrée.'
          : `Entrées ${first} à ${last} sur ${data.total.toLocaleString('fr-FR')}`}
      </Text>
      <DataList
        rows={data.items}
        rowKey={(e) => String(e.id)}
        caption="Journal d’audit"
        empty="Aucune entrée ne correspond à ces filtres."
        minTableWidth={980}
        columns={[
          { key: 'date', header: 'Date', render: (e) => formatDateTime(e.createdAt) },
          { key: 'actor', header: 'Qui', render: (e) => e.actorNom },
          {
            key: 'canal',
            header: 'Canal',
            render: (e) => (
              <Text span size="sm" title={e.jetonId ? `Jeton #${e.jetonId.slice(0, 8)}` : undefined}>
                {e.canalLibelle}
              </Text>
            ),
          },
          {
            key: 'action',
            header: 'Action',
            render: (e) => (
              <Badge variant="light" color={ACTION_COLORS[e.action] ?? 'grape'}>
                {actionLabel(e.action)}
              </Badge>
            ),
          },
          {
            key: 'entity',
            header: 'Élément',
            render: (e) => (
              <span>
                {entityLabel(e.entityType)}
                {e.entityId ? (
                  <Text span size="xs" c="dimmed" title={e.entityId}>
                    {' '}
                    #{e.entityId.slice(0, 8)}
                  </Text>
                ) : null}
              </span>
            ),
          },
          { key: 'diff', header: 'Changements', render: (e) => <DiffView diff={e.diff} /> },
        ]}
      />
      {pages > 1 ? (
        <Group justify="center">
          <Pagination
            total={pages}
            value={data.page}
            onChange={onPage}
            siblings={1}
            size={isDesktop ? 'md' : 'lg'}
            boundaries={1}
            getControlProps={(control) => ({
              'aria-label': {
                first: 'Première page',
                previous: 'Page précédente',
                next: 'Page suivante',
                last: 'Dernière page',
              }[control],
            })}
            getItemProps={(page) => ({
              'aria-label': `Page ${page}`,
              'aria-current': page === data.page ? 'page' : undefined,
            })}
          />
        </Group>
      ) : null}
    </Stack>
  );
}
