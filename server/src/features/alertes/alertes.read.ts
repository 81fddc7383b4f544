/** Loading alerts with their people's names, and presenting them (pure). */
import { and, desc, eq, gte, inArray, ne, type SQL } from 'drizzle-orm';
import type { AlerteDiffusion } from '../../../../domain/alertes/alerte.rules';
import type { AlerteView } from '../../../../domain/alertes/alerte.schema';
import type { AlerteNiveau, AlerteStatut, FaitMarquant } from '../../../../domain/alertes/alerte.taxonomies';
import { toParisIso } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { users } from '../../db/schema';
import { alertes } from './alertes.table';

export type AlerteRow = typeof alertes.$inferSelect;

/** The alerts matching `where`, newest first, with the names of the people they mention. */
export async function loadAlertes(
  db: DbOrTx,
  where: SQL,
  limit = 100,
): Promise<Array<{ row: AlerteRow; view: AlerteView }>> {
  const rows = await db.select().from(alertes).where(where).orderBy(desc(alertes.createdAt)).limit(limit);
  const ids = [
    ...new Set(
      rows.flatMap((r) => [r.emetteurId, r.priseEnChargePar, r.cloturePar].filter((x): x is string => !!x)),
    ),
  ];
  const people = ids.length
    ? await db
        .select({ id: users.id, prenom: users.prenom, nom: users.nom })
        .from(users)
        .where(inArray(users.id, ids))
    : [];
  const nom = new Map(people.map((p) => [p.id, `${p.prenom} ${p.nom}`]));
  const personne = (id: string) => ({ id, nom: nom.get(id) ?? '' });
  return rows.map((row) => ({ row, view: presentAlerte(row, personne) }));
}

export function presentAlerte(
  r: AlerteRow,
  personne: (id: string) => { id: string; nom: string },
): AlerteView {
  return {
    id: r.id,
    niveau: r.niveau as AlerteNiveau,
    statut: r.statut as AlerteStatut,
    mediateur: personne(r.emetteurId),
    latitude: r.latitude,
    longitude: r.longitude,
    message: r.message,
    at: toParisIso(r.createdAt),
    priseEnCharge:
      r.priseEnChargePar && r.priseEnChargeAt
        ? { par: personne(r.priseEnChargePar), at: toParisIso(r.priseEnChargeAt) }
        : null,
    cloture:
      r.cloturePar && r.clotureAt && r.faitMarquant
        ? {
            par: personne(r.cloturePar),
            at: toParisIso(r.clotureAt),
            faitMarquant: r.faitMarquant as FaitMarquant,
            recit: r.recit ?? '',
            signalementPolice: r.signalementPolice ?? false,
            signalementEmployeur: r.signalementEmployeur ?? false,
          }
        : null,
    relance: r.relanceAt !== null,
  };
}

export const diffusionOf = (r: AlerteRow): AlerteDiffusion => ({
  structureId: r.structureId,
  emetteurId: r.emetteurId,
  enService: r.enService,
  relance: r.relanceAt !== null,
});

/** The open alerts of a structure from the last day: what a stream replays when it (re)connects. */
export const ouvertesRecentes = (structureId: string, since: Date): SQL =>
  and(eq(alertes.structureId, structureId), ne(alertes.statut, 'close'), gte(alertes.createdAt, since))!;

/** The event every instance delivers to the streams it holds. */
export interface AlerteEvent {
  type: 'alerte';
  diffusion: AlerteDiffusion;
  alerte: AlerteView;
}
export const alerteEvent = (row: AlerteRow, view: AlerteView): AlerteEvent => ({
  type: 'alerte',
  diffusion: diffusionOf(row),
  alerte: view,
});
