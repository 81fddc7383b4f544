import type { JournalEntryView, JournalView } from '@domain/journal/journal.schema';
import { api } from '../../../lib/api-client';
import { pagedListOptions, usePagedList } from '../../../lib/paged-list';

export { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction } from '@domain/journal/journal-labels';

export type JournalEntry = JournalEntryView;

export interface JournalFilters {
  entityType: string | null;
  action: string | null;
  userId: string | null;
  /** Audit channel (session, jeton…). */
  canal: string | null;
  /** YYYY-MM-DD, Paris days, inclusive. */
  du: string | null;
  au: string | null;
}

const entryKey = (e: JournalEntry) => String(e.id);

export const journalListOptions = (f: JournalFilters) =>
  pagedListOptions<JournalEntry, JournalView>({
    queryKey: ['journal', f],
    fetchPage: (page, signal) =>
      api.get<JournalView>('/api/journal', {
        query: {
          entityType: f.entityType,
          action: f.action,
          userId: f.userId,
          canal: f.canal,
          du: f.du,
          au: f.au,
          ...page,
        },
        signal,
      }),
    itemKey: entryKey,
    staleTime: 0,
  });

/** The audit log, newest first, page by page. */
export const useJournal = (f: JournalFilters) => usePagedList(journalListOptions(f));
