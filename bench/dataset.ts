/**
 * The bench dataset, shared by every bench script: one structure with 4 QPV and 8 mediators,
 * 1,000,000 contacts in 200,000 activities (2023–2025), and the casework of the lists and load
 * benches: personnes, 50,000 demandes with their orientations, 20,000 signalements with their
 * history, 5,000 situations, and the signed-in users of the load. Bulk rows are written by SQL
 * generate_series with deterministic ids (`md5Uuid('<letter>' + n)`), so scripts can address
 * them without reading them back; statistics are refreshed after the load, as the app does
 * after its bulk writes (ADR 020).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../server/src/db/client';
import { analyzeAfterBulkWrite } from '../server/src/db/maintenance';
import { migrateDatabase } from '../server/src/db/migrate';
import { users } from '../server/src/db/schema';
import { buildAnnuaireService } from '../server/src/factories/accueil.factories';
import {
  buildPartenaire,
  buildStructure,
  buildTerritoire,
  buildUser,
  TEST_PASSWORD,
} from '../server/src/factories/factories';
import { hashPassword } from '../server/src/lib/password';

export const QPV = ['QN01342I', 'QN01344M', 'QN01301M', 'QN01302M'];
export { TEST_PASSWORD };

/**
 * A deterministic uuid from a text in SQL: md5 with the version and variant digits of a v4
 * uuid, so the API's uuid validation accepts it. `md5Uuid()` gives the same in TypeScript.
 */
const uid = (text: string) => `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
const q = (xs: readonly string[]) => `array[${xs.map((x) => `'${x}'`).join(',')}]`;
const uuids = (xs: readonly string[]) => `${q(xs)}::uuid[]`;

export interface Base {
  structureId: string;
  territoryIds: string[];
  coord: { id: string; email: string };
  /** Reads the journal (coordinators do not). */
  direction: { id: string; email: string };
  medIds: string[];
  partnerIds: string[];
  serviceIds: string[];
  /** Signed-in users of the load: coordinators first, then mediators. */
  loadUsers: Array<{ id: string; email: string; role: 'coordinateur' | 'mediateur' }>;
}

/** The structure, its QPV, the report's 8 mediators; with `casework`, partners, services and load users. */
export async function buildBase(
  db: Database['db'],
  o: { casework?: boolean; coordinators?: number; mediators?: number } = {},
): Promise<Base> {
  const structureId = (await buildStructure(db, { nom: 'Bench' })).id;
  const territoryIds: string[] = [];
  for (const qpvCode of QPV) territoryIds.push((await buildTerritoire(db, { structureId, qpvCode })).id);
  const coord = await buildUser(db, { structureId, role: 'coordinateur' });
  const direction = await buildUser(db, { structureId, role: 'direction' });
  const medIds: string[] = [];
  for (let i = 0; i < 8; i++) medIds.push((await buildUser(db, { structureId })).id);
  const base: Base = {
    structureId,
    territoryIds,
    coord: { id: coord.id, email: coord.email },
    direction: { id: direction.id, email: direction.email },
    medIds,
    partnerIds: [],
    serviceIds: [],
    loadUsers: [],
  };
  if (!o.casework) return base;
  for (let i = 0; i < 10; i++)
    base.partnerIds.push((await buildPartenaire(db, { structureId, territoryIds, kind: 'bailleur' })).id);
  for (let i = 0; i < 20; i++) {
    const service = await buildAnnuaireService(db, {
      structureId,
      partnerId: i < 10 ? base.partnerIds[i]! : null,
      qpvCodes: [QPV[i % QPV.length]!],
      record: { nom: `Service ${i + 1}` },
    });
    base.serviceIds.push(service.id);
  }
  // One password hash for every load account: hashing is slow on purpose.
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const roles = [
    ...Array.from({ length: o.coordinators ?? 10 }, () => 'coordinateur' as const),
    ...Array.from({ length: o.mediators ?? 40 }, () => 'mediateur' as const),
  ];
  const rows = await db
    .insert(users)
    .values(
      roles.map((role, i) => ({
        structureId,
        email: `charge-${i}-${randomUUID().slice(0, 6)}@bench.trame.local`,
        prenom: 'Charge',
        nom: `N${i}`,
        role,
        allTerritories: true,
        passwordHash,
        isActive: true,
      })),
    )
    .returning({ id: users.id, email: users.email, role: users.role });
  base.loadUsers = rows.map((r) => ({ ...r, role: r.role as 'coordinateur' | 'mediateur' }));
  return base;
}

/**
 * Activities, their mediators and contacts (foreign-key and copy triggers off during this load:
 * the copies of the activity's start and QPV are written with the triggers' own expressions).
 */
export async function loadContacts(db: Database['db'], base: Base, contacts: number): Promise<void> {
  const activites = Math.round(contacts / 5);
  const terr = uuids(base.territoryIds);
  const meds = uuids(base.medIds);
  const nT = base.territoryIds.length;
  const nM = base.medIds.length;
  const sid = `'${base.structureId}'::uuid`;
  const span = Math.floor((3 * 365 * 86_400) / activites);
  const debut = (g: string) =>
    `timestamptz '2023-01-01 07:00:00+00' + (${g} * ${span}) * interval '1 second'`;
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local session_replication_role = replica`));
    await tx.execute(
      sql.raw(`
      insert into activites (id, structure_id, territory_id, cadre, debut, fin, creneau, duree_minutes,
        statut_revue, source, created_by)
      select ${uid(`'a' || g`)}, ${sid}, (${terr})[1 + g % ${nT}],
        (array['tournee','permanence','evenement','transport','autre'])[1 + g % 5],
        ${debut('g')},
        timestamptz '2023-01-01 07:00:00+00' + (g * ${span} + 3600 + (g % 7) * 900) * interval '1 second',
        (array['jour','soiree','week_end'])[1 + g % 3], 60 + (g % 7) * 15, 'validee', 'saisie',
        (${meds})[1 + g % ${nM}]
      from generate_series(0, ${activites - 1}) g`),
    );
    await tx.execute(
      sql.raw(`
      insert into activite_mediateurs (activite_id, user_id, structure_id, activite_debut, activite_territory_id,
        activite_duree_minutes)
      select ${uid(`'a' || g`)}, (${meds})[1 + (g + k) % ${nM}], ${sid}, ${debut('g')},
        (${terr})[1 + g % ${nT}], 60 + (g % 7) * 15
      from generate_series(0, ${activites - 1}) g, generate_series(0, 1) k`),
    );
    await tx.execute(
      sql.raw(`
      insert into contacts (id, structure_id, activite_id, activite_debut, activite_territory_id, nature,
        nb_personnes, public, genre, created_by)
      select ${uid(`'c' || g`)}, ${sid}, ${uid(`'a' || (g / 5)`)}, ${debut('(g / 5)')},
        (${terr})[1 + (g / 5) % ${nT}],
        (array['lien_social','ecoute','information','orientation','accompagnement','gestion_conflit',
          'rappel_regle','sensibilisation','veille'])[1 + g % 9],
        1 + g % 4, (array['enfant','jeune','jeune_adulte','adulte','senior','inconnu'])[1 + (g / 9) % 6],
        (array['femme','homme','non_precise'])[1 + (g / 7) % 3], (${meds})[1 + g % ${nM}]
      from generate_series(0, ${contacts - 1}) g`),
    );
  });
  await analyzeAfterBulkWrite(db, ['activites', 'activite_mediateurs', 'contacts']);
}

export interface CaseworkSizes {
  personnes: number;
  demandes: number;
  signalements: number;
  situations: number;
}
export const CASEWORK: CaseworkSizes = {
  personnes: 10_000,
  demandes: 50_000,
  signalements: 20_000,
  situations: 5_000,
};

/** Signalements whose number modulo 20 is below this are `transmis`: the load moves them on. */
export const TRANSMIS_SHARE = 9;
export const isTransmis = (g: number) => g % 20 < TRANSMIS_SHARE;
export const signalementId = (g: number) => md5Uuid(`s${g}`);
export const activiteId = (g: number) => md5Uuid(`a${g}`);
export const demandeId = (g: number) => md5Uuid(`d${g}`);
export const personneId = (g: number) => md5Uuid(`p${g}`);
export const situationId = (g: number) => md5Uuid(`si${g}`);

/** Same as the SQL `uid()` above. */
export function md5Uuid(text: string): string {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20)}`;
}

/**
 * Personnes, demandes (from 2023 to today) with their orientations and their history,
 * signalements with their history, situations with their mediators and first step. Triggers
 * and foreign keys stay on: these rows go through the same checks as the app's.
 */
export async function loadCasework(
  db: Database['db'],
  base: Base,
  n: CaseworkSizes = CASEWORK,
  now = new Date(),
): Promise<void> {
  const terr = uuids(base.territoryIds);
  const nT = base.territoryIds.length;
  const sid = `'${base.structureId}'::uuid`;
  const svc = uuids(base.serviceIds);
  const nS = base.serviceIds.length;
  const mediators = base.loadUsers.filter((u) => u.role === 'mediateur').map((u) => u.id);
  const meds = uuids(mediators.length ? mediators : base.medIds);
  const nM = mediators.length || base.medIds.length;
  const coord = `'${base.coord.id}'::uuid`;
  const from = Date.UTC(2023, 0, 1, 8);
  const at = (count: number, g: string) =>
    `to_timestamp(${from / 1000} + ${g}::bigint * ${Math.floor((now.getTime() - from) / 1000 / count)})`;
  const qpvOf = `(${q(QPV)})`;
  await db.transaction(async (tx) => {
    const run = (text: string) => tx.execute(sql.raw(text));
    await run(`
      insert into personnes (id, structure_id, territory_id, pseudonyme, tranche_age, genre, type_menage,
        resident_qpv, created_by, created_at, updated_at)
      select ${uid(`'p' || g`)}, ${sid}, (${terr})[1 + g % ${nT}], 'P-' || g,
        (array['enfant','jeune','jeune_adulte','adulte','senior','inconnu'])[1 + g % 6], 'non_precise',
        'non_precise', 'oui', ${coord}, ${at(n.personnes, 'g')}, ${at(n.personnes, 'g')}
      from generate_series(0, ${n.personnes - 1}) g`);
    // Two demandes in five lead to one orientation, one in five to two.
    const orientationCount = `(case when g % 5 = 0 then 2 when g % 5 in (1, 2) then 1 else 0 end)`;
    await run(`
      insert into demandes (id, structure_id, territory_id, personne_id, occurred_at, canal, motifs, reponses,
        created_by, created_at, updated_at)
      select ${uid(`'d' || g`)}, ${sid}, (${terr})[1 + g % ${nT}],
        case when g % 2 = 0 then ${uid(`'p' || (g % ${n.personnes})`)} end,
        ${at(n.demandes, 'g')}, (array['rue','permanence','telephone','domicile','local','en_ligne'])[1 + g % 6],
        array[(array['logement-hebergement','difficultes-administratives-ou-juridiques','sante','numerique'])[1 + g % 4]],
        jsonb_build_array(jsonb_build_object('type', 'information')) || coalesce((
          select jsonb_agg(jsonb_build_object('type', 'orientation', 'orientation',
            jsonb_build_object('id', ${uid(`'o' || g || '-' || k`)}, 'serviceId', (${svc})[1 + (g + k) % ${nS}], 'note', null)))
          from generate_series(1, ${orientationCount}) k), '[]'::jsonb),
        (${meds})[1 + g % ${nM}], ${at(n.demandes, 'g')}, ${at(n.demandes, 'g')}
      from generate_series(0, ${n.demandes - 1}) g`);
    // Orientations of the last 25 days are open (the expiry job leaves them alone); older ones closed.
    await run(`
      insert into orientations (id, structure_id, territory_id, demande_id, personne_id, service_id, partner_id,
        statut, statut_at, motif_refus, created_by, created_at, updated_at)
      select ${uid(`'o' || d.g || '-' || k`)}, ${sid}, d.territory_id, d.id, d.personne_id,
        (${svc})[1 + (d.g + k) % ${nS}], s.partner_id, st.statut,
        d.occurred_at + case when st.statut in ('proposee') then interval '0' else interval '3 days' end,
        case when st.statut = 'refusee' then 'hors_competence' end, d.created_by, d.occurred_at, d.occurred_at
      from (select g, ${uid(`'d' || g`)} as id, (${terr})[1 + g % ${nT}] as territory_id,
              case when g % 2 = 0 then ${uid(`'p' || (g % ${n.personnes})`)} end as personne_id,
              ${at(n.demandes, 'g')} as occurred_at, (${meds})[1 + g % ${nM}] as created_by
            from generate_series(0, ${n.demandes - 1}) g) d
      cross join lateral generate_series(1, ${orientationCount.replaceAll('g %', 'd.g %')}) k
      join annuaire_services s on s.id = (${svc})[1 + (d.g + k) % ${nS}]
      cross join lateral (select case
        when d.occurred_at > now() - interval '25 days' then (array['proposee','prise_de_contact'])[1 + d.g % 2]
        else (array['aboutie','sans_suite','refusee','expiree'])[1 + d.g % 4] end as statut) st`);
    await run(`
      insert into orientation_events (structure_id, orientation_id, statut, at, by_user_id, by_kind, motif_refus)
      select o.structure_id, o.id, 'proposee', o.created_at, o.created_by, 'structure', null from orientations o
      where o.structure_id = ${sid}
      union all
      select o.structure_id, o.id, o.statut, o.statut_at, case when o.statut = 'expiree' then null else o.created_by end,
        case when o.statut = 'expiree' then 'systeme' else 'structure' end, o.motif_refus
      from orientations o where o.structure_id = ${sid} and o.statut <> 'proposee'`);
    // Signalements: by number modulo 20, 9 transmis to a partner, 1 nouveau, 1 pris en compte, 7 resolved, 2 rejected.
    const statut = `(case when g % 20 < ${TRANSMIS_SHARE} then 'transmis' when g % 20 = 9 then 'nouveau'
      when g % 20 = 10 then 'pris_en_compte' when g % 20 < 18 then 'resolu' else 'rejete' end)`;
    const obs = at(n.signalements, 'g');
    await run(`
      insert into signalements (id, structure_id, territory_id, qpv_code, latitude, longitude, categorie,
        description, statut, partner_id, routage, observed_at, transmitted_at, created_at, updated_at)
      select ${uid(`'s' || g`)}, ${sid}, (${terr})[1 + g % ${nT}], ${qpvOf}[1 + g % ${nT}],
        43.33 + (g % 100) * 0.0002, 5.40 + (g % 97) * 0.0002,
        (array['proprete','encombrants','eclairage','degradation'])[1 + g % 4], 'Constat n° ' || g,
        ${statut}, case when ${statut} <> 'nouveau' then (${uuids(base.partnerIds)})[1 + g % ${base.partnerIds.length}] end,
        case when ${statut} <> 'nouveau' then 'regle_territoire' else 'coordination' end,
        ${obs}, case when ${statut} <> 'nouveau' then ${obs} + interval '1 hour' end, ${obs},
        ${obs} + interval '2 days'
      from generate_series(0, ${n.signalements - 1}) g`);
    await run(`
      insert into signalement_statuts (signalement_id, statut, at, by_user_id, by_label, via)
      select s.id, h.statut, s.observed_at + h.after, ${coord}, 'Bench', 'application'
      from signalements s cross join lateral (values
        ('nouveau', interval '0', true),
        ('transmis', interval '1 hour', s.statut <> 'nouveau'),
        ('pris_en_compte', interval '1 day', s.statut in ('pris_en_compte', 'resolu')),
        (s.statut, interval '2 days', s.statut in ('resolu', 'rejete'))) h(statut, after, kept)
      where s.structure_id = ${sid} and h.kept`);
    // Situations: one in five still open, the others closed with an outcome.
    await run(`
      insert into situations (id, structure_id, territory_id, kind, saisine_par, description, status, outcome,
        opened_on, closed_on, created_by, created_at, updated_at)
      select ${uid(`'si' || g`)}, ${sid}, (${terr})[1 + g % ${nT}],
        (array['voisinage_bruit','voisinage_parties_communes','voisinage_animaux','voisinage_stationnement'])[1 + g % 4],
        (array['habitant','bailleur','ville','police'])[1 + g % 4], 'Situation de voisinage n° ' || g,
        case when g % 5 = 0 then 'ouverte' else 'cloturee' end,
        case when g % 5 = 0 then null else (array['resolu','apaise','non_resolu','oriente'])[1 + g % 4] end,
        (${at(n.situations, 'g')})::date,
        case when g % 5 = 0 then null else (${at(n.situations, 'g')} + interval '20 days')::date end,
        ${coord}, ${at(n.situations, 'g')}, ${at(n.situations, 'g')}
      from generate_series(0, ${n.situations - 1}) g`);
    await run(`
      insert into situation_mediators (situation_id, user_id, assigned_by)
      select ${uid(`'si' || g`)}, (${meds})[1 + g % ${nM}], ${coord}
      from generate_series(0, ${n.situations - 1}) g`);
    await run(`
      insert into situation_steps (structure_id, situation_id, kind, day, mediator_ids, note, created_by)
      select ${sid}, s.id, 'saisine', s.opened_on, array[m.user_id], 'Premier échange.', ${coord}
      from situations s join situation_mediators m on m.situation_id = s.id where s.structure_id = ${sid}`);
    // The journal of those writes: one creation row each, as the services write them.
    for (const [table, entity, stamp] of [
      ['demandes', 'demande', 'created_at'],
      ['signalements', 'signalement', 'created_at'],
      ['situations', 'situation', 'created_at'],
    ] as const) {
      await run(`
        insert into audit_log (structure_id, actor_user_id, actor_label, channel, real_actor_user_id, action,
          entity_type, entity_id, diff, created_at)
        select ${sid}, ${coord}, 'Bench', 'session', ${coord}, 'create', '${entity}', t.id::text,
          jsonb_build_object('after', jsonb_build_object('territoryId', t.territory_id)), t.${stamp}
        from ${table} t where t.structure_id = ${sid}`);
    }
  });
  await analyzeAfterBulkWrite(db);
}

/** A migrated, empty bench database on an engine; `dispose` removes it. */
export interface BenchDatabase {
  engine: 'pglite' | 'postgresql';
  /** PGlite: the data folder (TRAME_DATA_DIR); PostgreSQL: the database's URL. */
  location: string;
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

export async function createBenchDatabase(engine: 'pglite' | 'postgresql'): Promise<BenchDatabase> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'trame-bench-'));
    const location = path.join(dir, 'data');
    return {
      engine,
      location,
      open: () => openPglite(location),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run under scripts/with-postgres.sh');
  const name = `trame_bench_${process.pid}_${Math.floor(performance.now())}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    engine,
    location: u.toString(),
    // The data load is one statement over a million rows: no statement bound (ADR 020).
    open: () => openPostgres(u.toString(), { statementTimeoutMs: 0 }),
    dispose: async () => {
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** Creates a bench database and loads the whole dataset into it; returns its base ids and load time. */
export async function loadFullDataset(
  engine: 'pglite' | 'postgresql',
  scale = 1,
): Promise<{ bench: BenchDatabase; base: Base; sizes: CaseworkSizes & { contacts: number }; loadS: number }> {
  const sizes = {
    contacts: Math.round(1_000_000 * scale),
    ...(Object.fromEntries(
      Object.entries(CASEWORK).map(([k, v]) => [k, Math.round(v * scale)]),
    ) as unknown as CaseworkSizes),
  };
  const bench = await createBenchDatabase(engine);
  const database = await bench.open();
  try {
    await migrateDatabase(database);
    const t0 = performance.now();
    const base = await buildBase(database.db, { casework: true });
    await loadContacts(database.db, base, sizes.contacts);
    await loadCasework(database.db, base, sizes);
    return { bench, base, sizes, loadS: (performance.now() - t0) / 1000 };
  } finally {
    await database.close();
  }
}
