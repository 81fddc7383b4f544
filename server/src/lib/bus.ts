/**
 * Events between instances (issue 13, part 7): an alert sent on one instance reaches the streams
 * open on every other. On PostgreSQL through LISTEN/NOTIFY (one listening connection per
 * instance, reconnected when it drops); on PGlite there is one process, so in memory. Events are
 * published after their transaction commits and carry no resident's data.
 */
import { EventEmitter } from 'node:events';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database, Db } from '../db/client';

export const BUS_CHANNEL = 'trame_evenements';

export interface Bus {
  publish(event: object): Promise<void>;
  /** Each event, in order; returns the unsubscribe. */
  subscribe(fn: (event: unknown) => void): () => void;
  /** Called after the listening connection came back: events may have been missed meanwhile. */
  onResync(fn: () => void): () => void;
  close(): Promise<void>;
}

class Fanout {
  readonly emitter = new EventEmitter().setMaxListeners(0);
  subscribe(fn: (event: unknown) => void) {
    this.emitter.on('event', fn);
    return () => void this.emitter.off('event', fn);
  }
  onResync(fn: () => void) {
    this.emitter.on('resync', fn);
    return () => void this.emitter.off('resync', fn);
  }
  deliver(payload: string) {
    try {
      this.emitter.emit('event', JSON.parse(payload));
    } catch {
      // A payload that is not ours is ignored.
    }
  }
}

/** One process (PGlite, tests): events go straight to this process's subscribers. */
export function localBus(): Bus {
  const f = new Fanout();
  return {
    publish: async (event) => f.deliver(JSON.stringify(event)),
    subscribe: (fn) => f.subscribe(fn),
    onResync: (fn) => f.onResync(fn),
    close: async () => void f.emitter.removeAllListeners(),
  };
}

/** PostgreSQL: NOTIFY to publish, a dedicated LISTEN connection to receive (own events included). */
export async function postgresBus(
  db: Db,
  connectionString: string,
  log?: (msg: string) => void,
): Promise<Bus> {
  const f = new Fanout();
  let client: pg.Client | null = null;
  let closed = false;
  let delay = 250;
  const connect = async (again: boolean): Promise<void> => {
    const c = new pg.Client({ connectionString });
    c.on('notification', (m) => {
      if (m.channel === BUS_CHANNEL && m.payload) f.deliver(m.payload);
    });
    c.on('error', () => {});
    c.on('end', () => {
      if (closed) return;
      client = null;
      setTimeout(() => void retry(), delay);
    });
    await c.connect();
    await c.query(`listen ${BUS_CHANNEL}`);
    client = c;
    delay = 250;
    if (again) f.emitter.emit('resync');
  };
  const retry = async () => {
    if (closed) return;
    try {
      await connect(true);
      log?.('event bus: listening again');
    } catch {
      delay = Math.min(delay * 2, 10_000);
      setTimeout(() => void retry(), delay);
    }
  };
  await connect(false);
  return {
    async publish(event) {
      await db.execute(sql`select pg_notify(${BUS_CHANNEL}, ${JSON.stringify(event)})`);
    },
    subscribe: (fn) => f.subscribe(fn),
    onResync: (fn) => f.onResync(fn),
    async close() {
      closed = true;
      f.emitter.removeAllListeners();
      await client?.end().catch(() => {});
    },
  };
}

/** The bus of a database: LISTEN/NOTIFY on PostgreSQL, in memory on PGlite. */
export async function busFor(database: Database, log?: (msg: string) => void): Promise<Bus> {
  const url = database.pool?.options.connectionString;
  return database.engine === 'postgresql' && url ? postgresBus(database.db, url, log) : localBus();
}
