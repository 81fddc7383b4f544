import { buildApp } from './app';
import { openDatabase } from './db/client';
import { DataDirLockedError } from './db/lock';
import { countWriteRequests, pgliteMaintenanceJob } from './db/maintenance';
import { migrateDatabase } from './db/migrate';
import { EnvError, loadEnv } from './env';
import { EXPIRY_EVERY_MS, expireOrientations } from './features/accueil/orientations-expiry.job';
import { relanceJob } from './features/alertes/alertes.job';
import { conservationJob } from './features/confidentialite/conservation.job';
import { inactiviteJob } from './features/utilisateurs/inactivite.job';
import { busFor } from './lib/bus';
import { loggerOptions } from './lib/logger';
import { startScheduler } from './lib/scheduler';

async function main() {
  const started = performance.now();
  const env = loadEnv();
  const database = await openDatabase(env);
  await migrateDatabase(database);
  const bus = await busFor(database);
  const app = await buildApp(
    { db: database.db, engine: database.engine, env, now: () => new Date(), bus },
    { logger: loggerOptions(env) },
  );
  app.addHook('onClose', () => bus.close());
  countWriteRequests(app);
  const scheduler = startScheduler(
    [
      {
        name: 'expiration-orientations',
        everyMs: EXPIRY_EVERY_MS,
        firstRunMs: 30_000,
        run: () => expireOrientations(database.db, new Date()),
      },
      relanceJob(database.db, bus, env, () => new Date()),
      inactiviteJob(database.db, env, () => new Date()),
      conservationJob(database.db, () => new Date()),
      // PostgreSQL has autovacuum; PGlite has none (ADR 020).
      ...(database.engine === 'pglite' ? [pgliteMaintenanceJob(database.db, () => new Date())] : []),
    ],
    app.log,
  );
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal} received: closing`);
    try {
      await scheduler.stop();
      await app.close();
      await database.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await app.listen({ port: env.PORT, host: env.HOST });
  app.log.info(
    `Trame ready on http://localhost:${env.PORT} (${database.engine}) in ${Math.round(performance.now() - started)} ms`,
  );
}

main().catch((err) => {
  if (err instanceof EnvError || err instanceof DataDirLockedError) {
    console.error(`Trame cannot start: ${err.message}`);
  } else {
    console.error('Trame cannot start:', err);
  }
  process.exit(1);
});
