/**
 * « Aujourd'hui »: what waits for the user, as cards. Every count comes from the list service the
 * card links to, with the same filters, so the number always matches the list it opens; each asks
 * one count and at most AUJOURDHUI_ITEMS_MAX rows. Personal data: none is returned (items name a
 * number, a kind, a place); the list services audit what they read, as on their own pages.
 */
import { and, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import { canReadOrientations } from '../../../../domain/accueil/accueil.rules';
import {
  AUJOURDHUI_ITEMS_MAX,
  type AujourdhuiView,
  type Carte,
  type CarteCompteur,
  type CarteCreneaux,
} from '../../../../domain/aujourdhui/aujourdhui.schema';
import { isStaff } from '../../../../domain/auth/roles';
import { canLogActivite, canReviewActivite } from '../../../../domain/main-courante/activite.rules';
import { canReadPlanning } from '../../../../domain/planning/planning.rules';
import {
  CATEGORIE_LABELS,
  STATUT_LABELS,
  type Statut,
} from '../../../../domain/signalements/signalement.taxonomies';
import { SITUATION_KIND_LABELS } from '../../../../domain/situations/situation.taxonomies';
import { addDays, parisDate } from '../../../../domain/time/paris';
import { sectors, signalementStatuts, signalements, territories } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { countAll } from '../../lib/liste';
import { listOrientations } from '../accueil';
import { derniereTournee, listActivites, listObservations } from '../main-courante';
import { listPlanning } from '../planning';
import { listSignalements, signalementScope } from '../signalements';
import { listSituations } from '../situations';

const few = { page: 1, parPage: AUJOURDHUI_ITEMS_MAX };
/** How far back a status change of one's own signalement is news. */
export const SIGNALEMENTS_NOUVELLES_JOURS = 7;

const frDay = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'Europe/Paris' }).format(
    new Date(iso),
  );
const withQuery = (path: string, q: Record<string, string>) => `${path}?${new URLSearchParams(q)}`;

async function situationsSuivi(ctx: ServiceContext, mine: boolean): Promise<CarteCompteur> {
  const page = await listSituations(ctx, { ...few, mine, enRetard: true });
  return {
    type: 'compteur',
    cle: 'situations_suivi',
    titre: mine ? 'Vos suivis de situation en retard' : 'Suivis de situation en retard',
    total: page.total,
    lien: withQuery('/situations', { ...(mine ? { mine: 'true' } : { mine: 'false' }), enRetard: 'true' }),
    elements: page.items.map((s) => ({
      id: s.id,
      libelle: `${SITUATION_KIND_LABELS[s.kind]} · ${s.qpvCode}`,
      detail: s.dateSuivi ? `Suivi prévu le ${frDay(s.dateSuivi)}` : null,
      lien: `/situations/${s.id}`,
    })),
  };
}

async function orientationsCarte(
  ctx: ServiceContext,
  cle: 'orientations_relance' | 'orientations_a_repondre',
): Promise<CarteCompteur> {
  const relance = cle === 'orientations_relance';
  const page = await listOrientations(
    ctx,
    relance ? { ...few, aRelancer: true } : { ...few, statut: 'proposee' },
  );
  return {
    type: 'compteur',
    cle,
    titre: relance ? 'Orientations à relancer' : 'Orientations en attente de votre réponse',
    total: page.total,
    lien: withQuery('/orientations', relance ? { aRelancer: 'true' } : { statut: 'proposee' }),
    elements: page.items.map((o) => ({
      id: o.id,
      libelle: o.service.nom,
      detail: `Proposée le ${frDay(o.creeLe)}`,
      lien: withQuery('/orientations', relance ? { aRelancer: 'true' } : { statut: 'proposee' }),
    })),
  };
}

async function observationsCarte(ctx: ServiceContext): Promise<CarteCompteur> {
  const page = await listObservations(ctx, { ...few, nonTraitees: true });
  return {
    type: 'compteur',
    cle: 'observations_a_traiter',
    titre: 'Observations à traiter',
    total: page.total,
    lien: withQuery('/main-courante/observations', { nonTraitees: 'true' }),
    elements: page.items.map((o) => ({
      id: o.id,
      libelle: o.lieuNom ? `${o.qpvNom} · ${o.lieuNom}` : o.qpvNom,
      detail: `Le ${frDay(o.activiteDebut)}`,
      lien: withQuery('/main-courante/observations', { nonTraitees: 'true' }),
    })),
  };
}

async function signalementsCarte(
  ctx: ServiceContext,
  cle: 'signalements_a_transmettre' | 'signalements_a_traiter',
): Promise<CarteCompteur> {
  const statut: Statut = cle === 'signalements_a_transmettre' ? 'nouveau' : 'transmis';
  const page = await listSignalements(ctx, { ...few, statut, q: undefined });
  return {
    type: 'compteur',
    cle,
    titre: statut === 'nouveau' ? 'Signalements à transmettre' : 'Signalements à prendre en compte',
    total: page.total,
    lien: withQuery('/signalements', { statut }),
    elements: page.items.map((s) => ({
      id: s.id,
      libelle: `n° ${s.numero} · ${CATEGORIE_LABELS[s.categorie]}`,
      detail: s.lieuNom,
      lien: `/signalements/${s.id}`,
    })),
  };
}

/** The user's own signalements whose status someone else changed lately. */
async function signalementsMisAJour(ctx: ServiceContext): Promise<CarteCompteur> {
  const since = new Date(ctx.now().getTime() - SIGNALEMENTS_NOUVELLES_JOURS * 86_400_000);
  const changed = ctx.db
    .select({ id: signalementStatuts.signalementId })
    .from(signalementStatuts)
    .where(
      and(
        gte(signalementStatuts.at, since),
        ne(signalementStatuts.statut, 'nouveau'),
        sql`${signalementStatuts.byUserId} is distinct from ${ctx.actor.userId}`,
      ),
    );
  const where = and(
    signalementScope(ctx.actor),
    eq(signalements.createdByUserId, ctx.actor.userId),
    inArray(signalements.id, changed),
  );
  const [count] = await ctx.db.select({ n: countAll }).from(signalements).where(where);
  const rows = await ctx.db
    .select({ id: signalements.id, numero: signalements.numero, statut: signalements.statut })
    .from(signalements)
    .where(where)
    .orderBy(desc(signalements.updatedAt), desc(signalements.id))
    .limit(AUJOURDHUI_ITEMS_MAX);
  return {
    type: 'compteur',
    cle: 'signalements_mis_a_jour',
    titre: `Vos signalements qui ont changé de statut (${SIGNALEMENTS_NOUVELLES_JOURS} jours)`,
    total: Number(count?.n ?? 0),
    lien: withQuery('/signalements', { miens: 'true', ouverts: 'false' }),
    elements: rows.map((r) => ({
      id: r.id,
      libelle: `n° ${r.numero}`,
      detail: STATUT_LABELS[r.statut as Statut],
      lien: `/signalements/${r.id}`,
    })),
  };
}

/** The current Paris week, Monday to Sunday: the main courante's week view. */
function semaine(now: Date) {
  const jour = parisDate(now);
  const weekday = new Date(`${jour}T12:00:00Z`).getUTCDay();
  const du = addDays(jour, -((weekday + 6) % 7));
  return { jour, du, au: addDays(du, 6) };
}

async function activitesARevoir(ctx: ServiceContext): Promise<CarteCompteur> {
  const { jour, du, au } = semaine(ctx.now());
  const page = await listActivites(ctx, { ...few, statut: 'a_revoir', du, au });
  return {
    type: 'compteur',
    cle: 'activites_a_revoir',
    titre: 'Activités à relire cette semaine',
    total: page.total,
    lien: withQuery('/main-courante', { statut: 'a_revoir', vue: 'semaine', jour }),
    elements: page.items.map((a) => ({
      id: a.id,
      libelle: a.lieu ? `${a.territoire.nom} · ${a.lieu.nom}` : a.territoire.nom,
      detail: `Le ${frDay(a.debut)}`,
      lien: `/main-courante/activites/${a.id}`,
    })),
  };
}

/** Names of the QPV and sectors of some shifts (already read within the actor's scope). */
async function nomsDesLieux(
  ctx: ServiceContext,
  creneaux: ReadonlyArray<{ territoireId: string | null; secteurId: string | null }>,
) {
  const noms = new Map<string, string>();
  const qpv = [...new Set(creneaux.flatMap((c) => (c.territoireId ? [c.territoireId] : [])))];
  const sect = [...new Set(creneaux.flatMap((c) => (c.secteurId ? [c.secteurId] : [])))];
  const s = ctx.actor.structureId;
  if (qpv.length) {
    const rows = await ctx.db
      .select({ id: territories.id, nom: territories.nom })
      .from(territories)
      .where(and(eq(territories.structureId, s), inArray(territories.id, qpv)));
    for (const r of rows) noms.set(r.id, r.nom);
  }
  if (sect.length) {
    const rows = await ctx.db
      .select({ id: sectors.id, nom: sectors.nom })
      .from(sectors)
      .where(and(eq(sectors.structureId, s), inArray(sectors.id, sect)));
    for (const r of rows) noms.set(r.id, r.nom);
  }
  return noms;
}

/** Today's active shifts: the mediator's own, or the team's with the first ones to cover. */
async function creneauxDuJour(ctx: ServiceContext, miens: boolean): Promise<CarteCreneaux> {
  const jour = parisDate(ctx.now());
  const planning = await listPlanning(ctx, {
    du: jour,
    au: jour,
    mediateurId: miens ? ctx.actor.userId : undefined,
  });
  const actifs = planning.creneaux.filter((c) => c.statut === 'prevu');
  const aCouvrir = actifs.filter((c) => c.absents.length > 0);
  const montres = miens ? actifs : aCouvrir.slice(0, AUJOURDHUI_ITEMS_MAX);
  const noms = await nomsDesLieux(ctx, montres);
  return {
    type: 'creneaux',
    jour,
    total: actifs.length,
    aCouvrir: aCouvrir.length,
    creneaux: montres.map((c) => {
      const qpv = c.territoireId ? noms.get(c.territoireId) : undefined;
      const secteur = c.secteurId ? noms.get(c.secteurId) : undefined;
      return { ...c, lieu: qpv ? (secteur ? `${qpv} · ${secteur}` : qpv) : null };
    }),
    lien: withQuery('/planning', { semaine: semaine(ctx.now()).du }),
  };
}

/** The cards of the user's role, in the order they are shown. */
export async function aujourdhui(ctx: ServiceContext): Promise<AujourdhuiView> {
  const { actor } = ctx;
  if (!isStaff(actor)) {
    const cartes: Carte[] = [];
    if (canReadOrientations(actor)) cartes.push(await orientationsCarte(ctx, 'orientations_a_repondre'));
    cartes.push(await signalementsCarte(ctx, 'signalements_a_traiter'));
    return { portee: 'partenaire', cartes };
  }
  if (actor.role === 'mediateur') {
    const tournee = canLogActivite(actor) ? (await derniereTournee(ctx)).enCours : null;
    return {
      portee: 'moi',
      cartes: [
        { type: 'tournee', enCours: tournee },
        ...(canReadPlanning(actor) ? [await creneauxDuJour(ctx, true)] : []),
        await situationsSuivi(ctx, true),
        await orientationsCarte(ctx, 'orientations_relance'),
        await observationsCarte(ctx),
        await signalementsMisAJour(ctx),
      ],
    };
  }
  const cartes: Carte[] = [
    ...(canReadPlanning(actor) ? [await creneauxDuJour(ctx, false)] : []),
    await situationsSuivi(ctx, false),
    await orientationsCarte(ctx, 'orientations_relance'),
    await observationsCarte(ctx),
    await signalementsCarte(ctx, 'signalements_a_transmettre'),
  ];
  if (canReviewActivite(actor)) cartes.push(await activitesARevoir(ctx));
  return { portee: 'equipe', cartes };
}
