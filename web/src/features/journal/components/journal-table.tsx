import { auditEntityLabel } from '@domain/journal/journal-labels';
import { Badge, Text } from '@mantine/core';
import { DataList } from '../../../components/ui/data-list';
import { formatDateTime } from '../../../lib/dates';
import { AUDIT_ACTION_LABELS, type AuditAction, type JournalEntry } from '../api/get-journal';
import { DiffView } from './diff-view';

const ACTION_COLORS: Record<string, string> = { create: 'teal', update: 'blue', delete: 'red', read: 'gray' };

const actionLabel = (a: string) => AUDIT_ACTION_LABELS[a as AuditAction] ?? a;

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
            <Text span size="sm">
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
          render: (e) => auditEntityLabel(e.entityType),
        },
        { key: 'diff', header: 'Changements', render: (e) => <DiffView diff={e.diff} /> },
      ]}
    />
  );
}
