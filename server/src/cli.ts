import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { emailSchema } from '../../domain/users/user.schema';
import { type Database, openDatabase } from './db/client';
import { analyzeAfterBulkWrite } from './db/maintenance';
import { migrateDatabase } from './db/migrate';
import { structures, users } from './db/schema';
import { DEMO_PASSWORD, loadDemo } from './demo/demo';
import { loadEnv } from './env';
import { issuePasswordToken } from './features/auth/auth.service';
import { insertStructure } from './features/structures/structures.service';
import { activationUrl } from './features/users/activation-url';
import { writeAudit } from './lib/audit-log';

const HELP = `Usage: npm run trame -- <commande> [options]

Commandes :
  create-admin --email <e-mail> --structure "<nom>" [--prenom <p>] [--nom <n>]
      Crée la structure si elle n'existe pas, puis un compte administrateur,
      et affiche un lien à usage unique (7 jours) pour définir son mot de passe.
  demo
      Crée ou réinitialise la structure de démonstration « GIP Médiation Démo ».
  migrate
      Applique les migrations de la base de données, puis s'arrête.
  --help
      Affiche cette aide.

La base utilisée est celle de l'environnement : DATABASE_URL (PostgreSQL) ou,
à défaut, PGlite dans TRAME_DATA_DIR (./data par défaut).`;

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const env = loadEnv();
  // Administration and the demo load are not interactive: no statement bound (ADR 020).
  const database = await openDatabase(env, { statementTimeoutMs: 0 });
  try {
    await migrateDatabase(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function createAdmin(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      structure: { type: 'string' },
      prenom: { type: 'string' },
      nom: { type: 'string' },
    },
  });
  const email = emailSchema.safeParse(values.email ?? '');
  if (!email.success || !values.structure?.trim()) {
    throw new Error('create-admin needs --email <a valid e-mail> and --structure "<name>" (see --help)');
  }
  const env = loadEnv();
  await withDatabase(async ({ db }) => {
    const secret = await db.transaction(async (tx) => {
      const nom = values.structure!.trim();
      const [existing] = await tx.select().from(structures).where(eq(structures.nom, nom));
      const structure = existing ?? (await insertStructure(tx, nom));
      const [user] = await tx
        .insert(users)
        .values({
          structureId: structure.id,
          email: email.data,
          prenom: values.prenom ?? 'Admin',
          nom: values.nom ?? nom,
          role: 'admin',
        })
        .returning();
      await writeAudit(tx, {
        structureId: structure.id,
        actorUserId: null,
        actorLabel: 'cli',
        action: 'create',
        entityType: 'utilisateur',
        entityId: user!.id,
        before: null,
        after: { email: user!.email, role: 'admin' },
      });
      return issuePasswordToken(tx, user!.id, new Date());
    });
    console.log(`Admin account created. Set its password within 7 days at:\n  ${activationUrl(env, secret)}`);
  });
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'create-admin':
      return createAdmin(rest);
    case 'demo':
      return withDatabase(async ({ db }) => {
        const t0 = performance.now();
        const { accounts } = await loadDemo(db);
        await analyzeAfterBulkWrite(db);
        console.log(
          `Demo structure ready in ${Math.round(performance.now() - t0)} ms. Accounts (password ${DEMO_PASSWORD}):`,
        );
        for (const a of accounts) console.log(`  ${a}`);
      });
    case 'migrate':
      return withDatabase(async () => console.log('Migrations applied.'));
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      console.log(HELP);
      return;
    default:
      throw new Error(`unknown command "${command}" (see --help)`);
  }
}

main().catch((err: Error) => {
  console.error(`trame: ${err.message}`);
  process.exit(1);
});
