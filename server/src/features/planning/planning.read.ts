/**
 * Reading the planning: shifts and absences of a period, with their people, as rule inputs and
 * as API views. Pure presenters (`presentCreneau`, `presentAbsence`) take loaded rows.
 */
import { and, asc, eq, gt, inArray, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../../domain/auth/roles';
import { validationFailed } from '../../../../domain/errors';
import { isJourFerie } from '../../../../domain/main-courante/creneau';
import {
  type AbsenceRegle,
  type CreneauRegle,
  canManagePlanning,
} from '../../../../domain/planning/planning.rules';
import type { AbsenceView, CreneauView } from '../../../../domain/planning/planning.schema';
import type {
  AbsenceType,
  CreneauStatut,
  CreneauType,
} from '../../../../domain/planning/planning.taxonomies';
import { parisDate, toParisIso } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { planningAbsences, planningCreneauMediateurs, planningCreneaux, users } from '../../db/schema';
import { coveredTerritories } from '../../lib/scope';

export type CreneauRow = typeof planningCreneaux.$inferSelect;
export type AbsenceRow = typeof planningAbsences.$inferSelect;
export interface Personne {
  id: string;
  nom: string;
}
export interface CreneauLu extends CreneauRegle {
  row: CreneauRow;
  mediateurs: Personne[];
}

/** Shifts an actor sees: their structure, and for a territory-limited actor, their territories or none. */
export function creneauScope(actor: Actor): SQL {
  const territoires = coveredTerritories(actor, planningCreneaux.territoireId);
  return and(
    eq(planningCreneaux.structureId, actor.structureId),
    territoires ? or(isNull(planningCreneaux.territoireId), territoires) : undefined,
  )!;
}

/** The shifts matching `where`, each with its people (names « Prénom Nom »), ordered by start. */
export async function loadCreneaux(db: DbOrTx, where: SQL): Promise<CreneauLu[]> {
  const rows = await db
    .select()
    .from(planningCreneaux)
    .where(where)
    .orderBy(asc(planningCreneaux.debut), asc(planningCreneaux.id));
  if (rows.length === 0) return [];
  const people = await db
    .select({
      creneauId: planningCreneauMediateurs.creneauId,
      id: users.id,
      prenom: users.prenom,
      nom: users.nom,
    })
    .from(planningCreneauMediateurs)
    .innerJoin(users, eq(users.id, planningCreneauMediateurs.mediateurId))
    .where(
      inArray(
        planningCreneauMediateurs.creneauId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(users.nom), asc(users.prenom));
  return rows.map((row) => {
    const mediateurs = people
      .filter((p) => p.creneauId === row.id)
      .map((p) => ({ id: p.id, nom: `${p.prenom} ${p.nom}` }));
    return {
      row,
      mediateurs,
      id: row.id,
      type: row.type as CreneauType,
      statut: row.statut as CreneauStatut,
      debut: row.debut,
      fin: row.fin,
      mediateurIds: mediateurs.map((m) => m.id),
    };
  });
}

/** Active shifts of these people overlapping [from, to): the rules' "others". */
export async function creneauxDesPersonnes(
  db: DbOrTx,
  structureId: string,
  personnes: readonly string[],
  from: Date,
  to: Date,
): Promise<CreneauLu[]> {
  if (personnes.length === 0) return [];
  const ids = db
    .select({ id: planningCreneauMediateurs.creneauId })
    .from(planningCreneauMediateurs)
    .where(inArray(planningCreneauMediateurs.mediateurId, [...personnes]));
  return loadCreneaux(
    db,
    and(
      eq(planningCreneaux.structureId, structureId),
      eq(planningCreneaux.statut, 'prevu'),
      lt(planningCreneaux.debut, to),
      gt(planningCreneaux.fin, from),
      inArray(planningCreneaux.id, ids),
    )!,
  );
}

export interface AbsenceLue extends AbsenceRegle {
  row: AbsenceRow;
  nom: string;
}

/** Absences of the structure overlapping [from, to), optionally of some people only. */
export async function loadAbsences(
  db: DbOrTx,
  structureId: string,
  from: Date,
  to: Date,
  personnes?: readonly string[],
): Promise<AbsenceLue[]> {
  const rows = await db
    .select({ a: planningAbsences, prenom: users.prenom, nom: users.nom })
    .from(planningAbsences)
    .innerJoin(users, eq(users.id, planningAbsences.mediateurId))
    .where(
      and(
        eq(planningAbsences.structureId, structureId),
        lt(planningAbsences.debut, to),
        gt(planningAbsences.fin, from),
        personnes ? inArray(planningAbsences.mediateurId, [...personnes]) : undefined,
      ),
    )
    .orderBy(asc(planningAbsences.debut), asc(planningAbsences.id));
  return rows.map((r) => ({
    row: r.a,
    nom: `${r.prenom} ${r.nom}`,
    id: r.a.id,
    mediateurId: r.a.mediateurId,
    type: r.a.type as AbsenceType,
    debut: r.a.debut,
    fin: r.a.fin,
  }));
}

/** A shift as the API shows it; `absents`: its people absent during it. */
export function presentCreneau(c: CreneauLu, absents: readonly string[] = []): CreneauView {
  const r = c.row;
  return {
    id: r.id,
    type: c.type,
    statut: c.statut,
    debut: toParisIso(r.debut),
    fin: toParisIso(r.fin),
    mediateurs: c.mediateurs,
    territoireId: r.territoireId,
    secteurId: r.secteurId,
    note: r.note,
    travailIsoleConfirme: r.travailIsoleConfirme,
    serieId: r.serieId,
    sequence: r.sequence,
    activiteId: r.activiteId,
    absents: [...absents],
    ferie: isJourFerie(parisDate(r.debut)),
  };
}

/**
 * An absence as the API shows it. Its type (a sick leave is health data) is shown to
 * coordination and to the person; a colleague reads only that the person is absent (null).
 */
export function presentAbsence(a: AbsenceLue, reader: Actor, touches: readonly string[]): AbsenceView {
  const typeVisible = canManagePlanning(reader) || reader.userId === a.mediateurId;
  return {
    id: a.id,
    mediateur: { id: a.mediateurId, nom: a.nom },
    type: typeVisible ? a.type : null,
    debut: toParisIso(a.debut),
    fin: toParisIso(a.fin),
    note: typeVisible ? a.row.note : null,
    creneauxTouches: [...touches],
  };
}

/** Who is on an active shift at an instant, and the QPV of each one's shift then. */
export async function enServiceA(
  db: DbOrTx,
  structureId: string,
  at: Date,
): Promise<Map<string, string | null>> {
  const rows = await db
    .select({
      mediateurId: planningCreneauMediateurs.mediateurId,
      territoireId: planningCreneaux.territoireId,
    })
    .from(planningCreneaux)
    .innerJoin(planningCreneauMediateurs, eq(planningCreneauMediateurs.creneauId, planningCreneaux.id))
    .where(
      and(
        eq(planningCreneaux.structureId, structureId),
        eq(planningCreneaux.statut, 'prevu'),
        lte(planningCreneaux.debut, at),
        gt(planningCreneaux.fin, at),
      ),
    );
  return new Map(rows.map((r) => [r.mediateurId, r.territoireId]));
}

/**
 * Links a planned shift to the activity that logs it (started from the planning): a shift of the
 * structure, still active, not linked yet, that the actor works on or plans. Else a 400 naming
 * the field.
 */
export async function lierActivite(
  tx: DbOrTx,
  actor: Actor,
  creneauId: string,
  activiteId: string,
): Promise<void> {
  const [c] = await loadCreneaux(tx, and(creneauScope(actor), eq(planningCreneaux.id, creneauId))!);
  const mine = c && (c.mediateurIds.includes(actor.userId) || canManagePlanning(actor));
  if (!c || !mine || c.statut !== 'prevu' || (c.row.activiteId && c.row.activiteId !== activiteId)) {
    const message =
      'Ce créneau du planning ne peut pas être démarré (inconnu, annulé, déjà démarré ou pas le vôtre).';
    throw validationFailed(message, [{ champ: 'creneauId', message }]);
  }
  await tx.update(planningCreneaux).set({ activiteId }).where(eq(planningCreneaux.id, creneauId));
}
