/**
 * The casework history behind list-plans.test.ts: for one structure, `n` rows of every table a
 * paginated list reads (observations, signalements, walks, personnes, demandes with orientations,
 * situations, declarations, journal, conventions, directory services), spread over three years
 * up to `now`, with the share of still-open rows a working structure has. Written set-based
 * (generate_series), with ids derived from the structure so several structures can be loaded.
 * No statistics are gathered: the caller analyses, as the app does after a bulk write.
 */
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from './client';

export const ACTIVITIES_PER_STRUCTURE = 12_000;
export const CONTACTS_PER_ACTIVITY = 3;

/**
 * Three years of main courante (no statistics gathered by it). The contacts carry their copies of
 * the activity (start, territory) as the copy trigger writes them; the load runs with triggers
 * and foreign-key checks off (replica role), which makes it several times faster.
 */
export async function loadMainCouranteHistory(
  db: Db,
  structureId: string,
  territoryIds: string[],
  userId: string,
): Promise<void> {
  const terr = `array[${territoryIds.map((id) => `'${id}'::uuid`).join(',')}]`;
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw('set local session_replication_role = replica'));
    await tx.execute(
      sql.raw(`
      insert into activites (id, structure_id, territory_id, cadre, debut, fin, creneau, duree_minutes, source,
        statut_revue, created_by)
      select gen_random_uuid(), '${structureId}'::uuid, (${terr})[1 + g % ${territoryIds.length}], 'tournee',
        timestamptz '2023-01-01 08:00Z' + (g * interval '131 minutes'),
        timestamptz '2023-01-01 09:00Z' + (g * interval '131 minutes'), 'jour', 60, 'saisie',
        case when g % 10 = 0 then 'a_revoir' else 'validee' end, '${userId}'::uuid
      from generate_series(1, ${ACTIVITIES_PER_STRUCTURE}) g`),
    );
    await tx.execute(
      sql.raw(`
      insert into contacts (id, structure_id, activite_id, activite_debut, activite_territory_id, activite_place_id,
        nature, nb_personnes, public, genre, created_by)
      select gen_random_uuid(), a.structure_id, a.id, a.debut, a.territory_id, a.place_id, 'ecoute', 1 + k,
        'adulte', 'femme', a.created_by
      from activites a cross join generate_series(1, ${CONTACTS_PER_ACTIVITY}) k
      where a.structure_id = '${structureId}'::uuid`),
    );
  });
}

export interface CaseworkOwner {
  structureId: string;
  territoryIds: string[];
  /** Author of the rows, assigned mediator, declarant. */
  userId: string;
  partnerId: string;
  placeId: string;
}

export async function loadListCasework(db: Db, o: CaseworkOwner, n: number, now: Date): Promise<void> {
  // Consistent by construction: foreign-key checks off (replica role) for speed.
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw('set local session_replication_role = replica'));
    await insertCasework(tx, o, n, now);
  });
}

async function insertCasework(db: DbOrTx, o: CaseworkOwner, n: number, now: Date): Promise<void> {
  const sid = `'${o.structureId}'::uuid`;
  const uid = (text: string) =>
    `overlay(overlay(md5('${o.structureId}' || ${text}) placing '4' from 13) placing '8' from 17)::uuid`;
  const terr = `array[${o.territoryIds.map((id) => `'${id}'`).join(',')}]::uuid[]`;
  const nT = o.territoryIds.length;
  const user = `'${o.userId}'::uuid`;
  const partner = `'${o.partnerId}'::uuid`;
  const from = Date.UTC(2023, 0, 1, 8) / 1000;
  const step = Math.floor((now.getTime() / 1000 - from) / n);
  /** Row g of n, evenly spread from 2023 to `now` (the last one an hour before). */
  const at = (g = 'g') => `to_timestamp(${from} + ${g}::bigint * ${step})`;
  const run = (text: string) => db.execute(sql.raw(text));
  const series = `from generate_series(0, ${n - 1}) g`;

  // Observations of the structure's own activities (one each, the oldest first); one in ten to treat.
  await run(`
    insert into observations (id, structure_id, activite_id, kind, note, traitee_le, created_by, created_at, updated_at)
    select ${uid(`'ob' || g`)}, ${sid}, a.id, 'tension', 'Observation ' || g,
      case when g % 10 = 0 then null else a.debut + interval '1 day' end, ${user}, a.debut, a.debut
    from (select id, debut, (row_number() over (order by debut, id)) - 1 as g from activites
          where structure_id = ${sid}) a where a.g < ${n}`);
  await run(`
    insert into personnes (id, structure_id, territory_id, pseudonyme, tranche_age, genre, type_menage,
      resident_qpv, created_by, created_at, updated_at)
    select ${uid(`'p' || g`)}, ${sid}, (${terr})[1 + g % ${nT}], 'P-' || g, 'adulte', 'non_precise',
      'non_precise', 'oui', ${user}, ${at()}, ${at()} ${series}`);
  await run(`
    insert into consentements (id, structure_id, personne_id, given_on, finalite, mode, created_at)
    select ${uid(`'c' || g`)}, ${sid}, ${uid(`'p' || g`)}, (${at()})::date, 'Suivi de la demande', 'oral', ${at()} ${series}`);
  await run(`
    insert into annuaire_structures (id, structure_id, source, source_id, nom, record)
    values (${uid(`'as'`)}, ${sid}, 'plans', 'as', 'Structure annuaire', '{}'::jsonb)`);
  await run(`
    insert into annuaire_services (id, structure_id, annuaire_structure_id, source, source_id, nom, thematiques,
      publics, record, partner_id)
    select ${uid(`'sv' || g`)}, ${sid}, ${uid(`'as'`)}, 'plans', 'sv' || g, 'Service ' || g,
      array['logement-hebergement'], array['tous-publics'], '{}'::jsonb,
      case when g % 4 = 0 then ${partner} end ${series}`);
  await run(`
    insert into demandes (id, structure_id, territory_id, personne_id, occurred_at, canal, motifs, reponses,
      created_by, created_at, updated_at)
    select ${uid(`'d' || g`)}, ${sid}, (${terr})[1 + g % ${nT}], ${uid(`'p' || g`)}, ${at()}, 'rue',
      array['logement-hebergement'], '[]'::jsonb, ${user}, ${at()}, ${at()} ${series}`);
  // One orientation per demande, to the partner's service; open ones are the last weeks' only.
  await run(`
    insert into orientations (id, structure_id, territory_id, demande_id, personne_id, service_id, partner_id,
      statut, statut_at, created_by, created_at, updated_at)
    select ${uid(`'o' || g`)}, ${sid}, (${terr})[1 + g % ${nT}], ${uid(`'d' || g`)}, ${uid(`'p' || g`)},
      ${uid(`'sv' || (g - g % 4)`)}, ${partner},
      case when ${at()} > timestamptz '${now.toISOString()}' - interval '25 days' then 'proposee' else 'aboutie' end,
      ${at()}, ${user}, ${at()}, ${at()} ${series}`);
  // Signalements: one in ten still open, transmitted to the partner.
  await run(`
    insert into signalements (id, structure_id, territory_id, categorie, description, statut, partner_id, routage,
      observed_at, created_at, updated_at)
    select ${uid(`'s' || g`)}, ${sid}, (${terr})[1 + g % ${nT}], 'proprete', 'Constat ' || g,
      case when g % 10 = 0 then 'transmis' else 'resolu' end, ${partner}, 'regle_territoire',
      ${at()}, ${at()}, ${at()} ${series}`);
  await run(`
    insert into diagnostics_marchants (id, structure_id, territory_id, date, titre, nb_habitants, created_at)
    select ${uid(`'dm' || g`)}, ${sid}, (${terr})[1 + g % ${nT}], (${at()})::date, 'Diagnostic ' || g, 5, ${at()}
    ${series}`);
  // Situations: one in five still open; one in three referred by the partner.
  await run(`
    insert into situations (id, structure_id, territory_id, kind, saisine_par, description, status, outcome,
      opened_on, closed_on, referrer_partner_id, created_by, created_at, updated_at)
    select ${uid(`'si' || g`)}, ${sid}, (${terr})[1 + g % ${nT}], 'voisinage_bruit', 'habitant', 'Situation ' || g,
      case when g % 5 = 0 then 'ouverte' else 'cloturee' end,
      case when g % 5 = 0 then null else 'apaise' end,
      (${at()})::date, case when g % 5 = 0 then null else (${at()} + interval '20 days')::date end,
      case when g % 3 = 0 then ${partner} end, ${user}, ${at()}, ${at()} ${series}`);
  await run(`
    insert into situation_mediators (situation_id, user_id, assigned_by)
    select ${uid(`'si' || g`)}, ${user}, ${user} ${series}`);
  await run(`
    insert into mediator_links (id, structure_id, user_id, kind, place_id, created_at)
    select ${uid(`'ml' || g`)}, ${sid}, ${user}, 'meme_residence', '${o.placeId}'::uuid, ${at()} ${series}`);
  await run(`
    insert into conventions (id, structure_id, partner_id, nom, du, au, created_by, created_at)
    select ${uid(`'cv' || g`)}, ${sid}, ${partner}, 'Convention ' || g, (${at()})::date,
      (${at()} + interval '1 year')::date, ${user}, ${at()} ${series}`);
  // Collective actions, the last weeks' still to come; residents' projects, a quarter still open.
  await run(`
    insert into actions (id, structure_id, type, titre, statut, debut, fin, territoire_id, participants,
      cree_par, created_at, updated_at)
    select ${uid(`'ac' || g`)}, ${sid}, 'atelier_numerique', 'Action ' || g,
      case when g % 20 = 0 then 'annulee' else 'prevue' end, ${at()}, ${at()} + interval '2 hours',
      (${terr})[1 + g % ${nT}], 12, ${user}, ${at()}, ${at()} ${series}`);
  await run(`
    insert into action_mediateurs (action_id, mediateur_id) select ${uid(`'ac' || g`)}, ${user} ${series}`);
  await run(`
    insert into projets (id, structure_id, territory_id, titre, statut, created_by, created_at, updated_at)
    select ${uid(`'pj' || g`)}, ${sid}, (${terr})[1 + g % ${nT}], 'Projet ' || g,
      (array['idee', 'accompagne', 'realise', 'abandonne'])[1 + g % 4], ${user}, ${at()}, ${at()} ${series}`);
  // The journal: three rows per casework row.
  await run(`
    insert into audit_log (structure_id, actor_user_id, actor_label, channel, real_actor_user_id, action,
      entity_type, entity_id, created_at)
    select ${sid}, ${user}, 'Plans', 'session', ${user}, 'create', 'demande', g::text, ${at(`(g / 3)`)}
    from generate_series(0, ${3 * n - 1}) g`);
}
