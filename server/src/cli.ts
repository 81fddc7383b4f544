import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { emailSchema } from '../../domain/utilisateurs/utilisateur.schema';
import { backupDatabase, restoreDatabase } from './db/backup';
import { type Database, openDatabase } from './db/client';
import { DataDirLockedError } from './db/lock';
import { analyzeAfterBulkWrite } from './db/maintenance';
import { migrateDatabase } from './db/migrate';
import { structures, users } from './db/schema';
import { DEMO_PASSWORD, loadDemo } from './demo/demo';
import { loadEnv } from './env';
import { issuePasswordToken } from './features/auth/auth.service';
import { purger } from './features/confidentialite/conservation.job';
import { insertStructure } from './features/structures/structures.service';
import { activationUrl } from './features/utilisateurs/activation-url';
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
  backup --out <fichier> [--logical]
      Sauvegarde la base dans un fichier. PGlite : copie du dossier de données, serveur
      arrêté (le dossier est verrouillé). PostgreSQL : pg_dump (format custom) s'il est
      installé, sinon export logique ; --logical force l'export logique (il se restaure
      sur les deux moteurs : c'est le chemin de PGlite vers PostgreSQL).
  restore --from <fichier> [--force]
      Restaure une sauvegarde dans la base de l'environnement, serveur arrêté. Refuse une
      sauvegarde d'une version plus récente de Trame, et une base qui contient déjà des
      données sans --force (PGlite : l'ancien dossier est gardé à côté).
  retention [--dry-run]
      Applique les durées de conservation (personnes, situations, photos, journal,
      sessions) comme le fait la tâche quotidienne ; --dry-run dit ce qu'elle ferait
      sans rien changer.
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
        channel: 'systeme',
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

/** The PGlite folder is locked by a running server: say so in both languages, then stop. */
function explainLocked(err: unknown): never {
  if (err instanceof DataDirLockedError) {
    throw new Error(
      'le dossier de données PGlite est utilisé par un serveur Trame en marche : arrêtez-le, ' +
        'puis relancez la commande (PGlite n’admet qu’un processus à la fois).\n' +
        `  The PGlite data folder is in use by a running Trame server: stop it, then run this again. (${err.message})`,
    );
  }
  throw err;
}

async function backup(args: string[]) {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, logical: { type: 'boolean' } } });
  if (!values.out) throw new Error('backup needs --out <file> (see --help)');
  const env = loadEnv();
  if (!env.DATABASE_URL)
    console.log('PGlite : le serveur doit être arrêté pendant la sauvegarde (dossier verrouillé).');
  const s = await backupDatabase(env, { out: values.out, logical: values.logical }).catch(explainLocked);
  if (s.note) console.log(`Note : ${s.note}.`);
  console.log(
    `Sauvegarde écrite / backup written: ${values.out} (${s.format}, ${Math.round(s.bytes / 1024)} kio, ` +
      `schéma ${s.schema.tag ?? 'vide'}).`,
  );
}

async function restore(args: string[]) {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, force: { type: 'boolean' } } });
  if (!values.from) throw new Error('restore needs --from <file> (see --help)');
  const env = loadEnv();
  console.log(
    'Arrêtez tout serveur Trame sur cette base pendant la restauration / stop every Trame server first.',
  );
  const s = await restoreDatabase(env, { from: values.from, force: values.force }).catch(explainLocked);
  if (s.keptAside) console.log(`Ancien dossier de données gardé / previous data folder kept: ${s.keptAside}`);
  console.log(
    `Restauration terminée / restore done: ${s.format}, schéma ${s.schema.tag ?? 'vide'}` +
      `${s.rows === undefined ? '' : `, ${s.rows} lignes vérifiées`}; migrations et ANALYZE faits.`,
  );
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
    case 'backup':
      return backup(rest);
    case 'restore':
      return restore(rest);
    case 'retention':
      return withDatabase(async ({ db }) => {
        const dryRun = rest.includes('--dry-run');
        const r = await purger(db, new Date(), { dryRun });
        if (!r.ran)
          return console.log('Une autre instance fait la purge en ce moment / another instance is purging.');
        console.log(dryRun ? 'Prochaine purge (rien n’est changé) :' : 'Purge faite :');
        for (const s of r.structures) {
          console.log(
            `  ${s.structure} : ${s.personnes} personnes effacées, ${s.situations} situations anonymisées, ` +
              `${s.photos} photos, ${s.auditLectures} + ${s.auditModifications} lignes de journal`,
          );
        }
        console.log(`  Sessions : ${r.sessions}`);
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
  const cause = err.cause instanceof Error ? ` (${err.cause.message})` : '';
  console.error(`trame: ${err.message}${cause}`);
  process.exit(1);
});
