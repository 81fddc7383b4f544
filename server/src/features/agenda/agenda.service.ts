/**
 * The public agenda (issue 14, part 5; ADR 035): a structure's actions marked public, not
 * cancelled, around today, read without a session. Only the fields of `AgendaAction`: the
 * mediators, counts, evaluation and target public never leave this file.
 */
import { and, asc, eq, gt, inArray, lt, ne } from 'drizzle-orm';
import {
  ACTION_TYPE_LABELS,
  ACTION_TYPES,
  type ActionType,
} from '../../../../domain/actions/action.taxonomies';
import {
  AGENDA_JOURS_APRES,
  AGENDA_JOURS_AVANT,
  AGENDA_MAX,
  type Agenda,
  agendaPaths,
} from '../../../../domain/agenda/agenda.schema';
import { notFound } from '../../../../domain/errors';
import { SLUG_PATTERN } from '../../../../domain/structures/slug';
import { addDays, parisDate, parisInstant, toParisIso } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { actionPartenaires, actions, partners, places, structures, territories } from '../../db/schema';
import { icalCalendar } from '../../lib/ical';

const typeOf = (t: string): ActionType =>
  (ACTION_TYPES as readonly string[]).includes(t) ? (t as ActionType) : 'autre';

/** The structure of a slug, or a French 404 (a string no slug can be is not even looked up). */
async function structureOf(db: DbOrTx, slug: string) {
  if (!SLUG_PATTERN.test(slug)) throw notFound('Agenda');
  const [s] = await db
    .select({ id: structures.id, nom: structures.nom, slug: structures.slug })
    .from(structures)
    .where(eq(structures.slug, slug));
  if (!s) throw notFound('Agenda');
  return s;
}

/** The agenda of `slug` at `now`; `base` is the public address of this server. */
export async function readAgenda(db: DbOrTx, slug: string, now: Date, base: string) {
  const s = await structureOf(db, slug);
  const today = parisDate(now);
  const [du, au] = [addDays(today, -AGENDA_JOURS_AVANT), addDays(today, AGENDA_JOURS_APRES)];
  const rows = await db
    .select({
      id: actions.id,
      type: actions.type,
      titre: actions.titre,
      debut: actions.debut,
      fin: actions.fin,
      objectif: actions.objectif,
      updatedAt: actions.updatedAt,
      lieu: places.nom,
      quartier: territories.nom,
    })
    .from(actions)
    .innerJoin(territories, eq(territories.id, actions.territoireId))
    .leftJoin(places, eq(places.id, actions.lieuId))
    .where(
      and(
        eq(actions.structureId, s.id),
        eq(actions.public, true),
        ne(actions.statut, 'annulee'),
        gt(actions.fin, parisInstant(du)),
        lt(actions.debut, parisInstant(addDays(au, 1))),
      ),
    )
    .orderBy(asc(actions.debut), asc(actions.id))
    .limit(AGENDA_MAX);
  const parts = rows.length
    ? await db
        .select({ actionId: actionPartenaires.actionId, nom: partners.nom })
        .from(actionPartenaires)
        .innerJoin(partners, eq(partners.id, actionPartenaires.partenaireId))
        .where(
          inArray(
            actionPartenaires.actionId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(partners.nom))
    : [];
  const agenda: Agenda = {
    structure: s.nom,
    slug: s.slug,
    du,
    au,
    ical: `${base}${agendaPaths.ical(s.slug)}`,
    actions: rows.map((r) => ({
      id: r.id,
      type: typeOf(r.type),
      titre: r.titre,
      debut: toParisIso(r.debut),
      fin: toParisIso(r.fin),
      lieu: r.lieu,
      quartier: r.quartier,
      partenaires: parts.filter((p) => p.actionId === r.id).map((p) => p.nom),
      texte: r.objectif,
    })),
  };
  return { agenda, modifie: new Map(rows.map((r) => [r.id, r.updatedAt])) };
}

/** The same list as an iCalendar feed; UIDs `{action id}@{hostname}`, stable across changes. */
export async function agendaIcal(db: DbOrTx, slug: string, now: Date, base: string): Promise<string> {
  const { agenda, modifie } = await readAgenda(db, slug, now, base);
  const host = new URL(base).hostname;
  return icalCalendar({
    produit: 'Agenda',
    nom: `${agenda.structure} — agenda`,
    now,
    events: agenda.actions.map((a) => ({
      uid: `${a.id}@${host}`,
      debut: new Date(a.debut),
      fin: new Date(a.fin),
      modifie: modifie.get(a.id) ?? now,
      summary: a.titre,
      location: [a.lieu, a.quartier].filter(Boolean).join(', '),
      description: [
        ACTION_TYPE_LABELS[a.type],
        a.partenaires.length ? `Avec : ${a.partenaires.join(', ')}` : null,
        a.texte,
      ]
        .filter(Boolean)
        .join('\n'),
    })),
  });
}
