import type { Actor } from '../../../domain/auth/roles';
import type { Db } from '../db/client';
import type { RequestChannel } from './audit-log';

/** What every service function receives: who acts, on which database, for which request. */
export interface ServiceContext {
  db: Db;
  actor: Actor;
  /** Shown in the audit log: never an e-mail, the user id is enough to trace back. */
  requestId: string;
  /** Session or API token: every audit row of the request records it (ADR 016). */
  channel: RequestChannel;
  now: () => Date;
}

/** A context for jobs and the CLI, which act as the system itself. */
export interface SystemContext {
  db: Db;
  now: () => Date;
}
