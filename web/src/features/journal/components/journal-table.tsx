import { Badge, Text } from '@mantine/core';
import { DataList } from '../../../components/ui/data-list';
import { formatDateTime } from '../../../lib/dates';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  type AuditAction,
  type JournalEntry,
} from '../api/get-journal';
import { DiffView } from './diff-view';

const ACTION_COLORS: Record<string, string> = { create: 'teal', update: 'blue', delete: 'red', read: 'gray' };

const actionLabel = (a: string) => AUDIT_ACTION_LABELS[a as AuditAction] ?? a;
const entityLabel = (t: string) => AUDIT_ENTITY_LABELS[t] ?? t;

/** The audit log entries loaded so far. */
export function JournalTable({ items }: { items: JournalEntry[] }) {
  return (
    <DataList
      rows={items}
      rowKey={(e) => String(e.id)}
      caption="Journal d’audit"
      empty="Aucune entrée ne correspond à ces filtres."
      minTableWidth={980}
      columns={[
        { key: 'date', header: 'Date', render: (e) => formatDateTime(e.createdAt) },
        { key: 'actor', header: 'Qui', render: (e) => e.actorNom ?? '—' },
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
  );
}
