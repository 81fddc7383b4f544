/**
 * Named registration to a collective action (issue 14, part 2), optional: files of the accueil
 * (pseudonyms) with a consent in force; each registration, removal and reading of the list is
 * audited. The attendance sheet prints the pseudonyms and free lines; no signature is asked.
 */
import { and, asc, eq } from 'drizzle-orm';
import { ACTION_TYPE_LABELS, type ActionType } from '../../../../domain/actions/action.taxonomies';
import { FEUILLE_LIGNES_LIBRES, type InscriptionView } from '../../../../domain/actions/action-suites';
import { notFound, validationFailed } from '../../../../domain/errors';
import { parisDate, plageHoraire, toParisIso } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { actionInscriptions, personnes, places, structures, territories } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { renderPdf } from '../../lib/pdf';
import { personnesConsentantes } from '../accueil';
import { loadAction } from './actions.read';
import { lockForChange } from './actions.service';

const inscrits = (db: DbOrTx, actionId: string): Promise<InscriptionView[]> =>
  db
    .select({ personneId: personnes.id, pseudonyme: personnes.pseudonyme })
    .from(actionInscriptions)
    .innerJoin(personnes, eq(personnes.id, actionInscriptions.personneId))
    .where(eq(actionInscriptions.actionId, actionId))
    .orderBy(asc(personnes.pseudonyme), asc(personnes.id));

/** The persons registered to an action the actor sees (a read of personal data: audited when any). */
export async function listInscriptions(ctx: ServiceContext, actionId: string): Promise<InscriptionView[]> {
  return ctx.db.transaction(async (tx) => {
    if (!(await loadAction(tx, ctx.actor, actionId))) throw notFound('Action');
    const rows = await inscrits(tx, actionId);
    if (rows.length) await auditChange(tx, ctx, 'read', 'action_inscription', actionId);
    return rows;
  });
}

/** Registers a consenting person once (again: nothing new); 400 on `personneId` otherwise. */
export async function inscrire(ctx: ServiceContext, actionId: string, personneId: string) {
  return ctx.db.transaction(async (tx) => {
    await lockForChange(tx, ctx, actionId);
    if (!(await personnesConsentantes(tx, ctx.actor.structureId, [personneId])).has(personneId)) {
      const message =
        'Seule une fiche de l’accueil de votre structure avec un consentement en cours peut être inscrite.';
      throw validationFailed(message, [{ champ: 'personneId', message }]);
    }
    const added = await tx
      .insert(actionInscriptions)
      .values({ actionId, personneId, inscritPar: ctx.actor.userId, inscritLe: ctx.now() })
      .onConflictDoNothing()
      .returning({ personneId: actionInscriptions.personneId });
    if (added.length) {
      await auditChange(tx, ctx, 'create', 'action_inscription', actionId, { after: { personneId } });
    }
    return inscrits(tx, actionId);
  });
}

/** Removes a registration (none: nothing to do). */
export async function desinscrire(ctx: ServiceContext, actionId: string, personneId: string) {
  return ctx.db.transaction(async (tx) => {
    await lockForChange(tx, ctx, actionId);
    const removed = await tx
      .delete(actionInscriptions)
      .where(and(eq(actionInscriptions.actionId, actionId), eq(actionInscriptions.personneId, personneId)))
      .returning({ personneId: actionInscriptions.personneId });
    if (removed.length) {
      await auditChange(tx, ctx, 'delete', 'action_inscription', actionId, { before: { personneId } });
    }
    return inscrits(tx, actionId);
  });
}

/**
 * The attendance sheet (PDF): the action, then one line per registered pseudonym and free lines
 * to fill at the door, with a box to tick « présent·e ». No signature column: none is required.
 */
export async function feuilleEmargement(ctx: ServiceContext, actionId: string): Promise<Buffer> {
  const action = await loadAction(ctx.db, ctx.actor, actionId);
  if (!action) throw notFound('Action');
  const a = action.row;
  const rows = await listInscriptions(ctx, actionId);
  const [structure] = await ctx.db
    .select({ nom: structures.nom })
    .from(structures)
    .where(eq(structures.id, a.structureId));
  const [qpv] = await ctx.db
    .select({ nom: territories.nom })
    .from(territories)
    .where(eq(territories.id, a.territoireId));
  const [lieu] = a.lieuId
    ? await ctx.db.select({ nom: places.nom }).from(places).where(eq(places.id, a.lieuId))
    : [];
  const libres = Math.max(FEUILLE_LIGNES_LIBRES, (a.participantsAttendus ?? 0) - rows.length);
  const ligne = (n: number, nom: string) => [{ text: String(n), alignment: 'right' }, nom, '', '☐'];
  const body = [
    [
      { text: 'N°', bold: true },
      { text: 'Pseudonyme ou prénom', bold: true },
      { text: 'Public (âge)', bold: true },
      { text: 'Présent·e', bold: true },
    ],
    ...rows.map((r, i) => ligne(i + 1, r.pseudonyme)),
    ...Array.from({ length: libres }, (_, i) => ligne(rows.length + i + 1, ' ')),
  ];
  return renderPdf({
    info: { title: `Feuille d’émargement — ${a.titre}`, creator: 'Trame' },
    pageSize: 'A4',
    pageMargins: [40, 45, 40, 45],
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    content: [
      { text: structure?.nom ?? '', color: '#555555', fontSize: 9 },
      { text: 'Feuille d’émargement', fontSize: 16, bold: true, margin: [0, 4, 0, 2] },
      { text: a.titre, fontSize: 13, bold: true },
      {
        text: `${ACTION_TYPE_LABELS[a.type as ActionType] ?? a.type} — ${parisDate(a.debut).split('-').reverse().join('/')}, ${plageHoraire(toParisIso(a.debut), toParisIso(a.fin))} — ${[lieu?.nom, qpv?.nom].filter(Boolean).join(', ')}`,
        margin: [0, 2, 0, 8],
      },
      {
        text: 'Aucune signature n’est demandée. Les personnes inscrites figurent sous leur pseudonyme ; les lignes libres servent aux autres participant·es.',
        fontSize: 9,
        color: '#555555',
        margin: [0, 0, 0, 8],
      },
      {
        table: { headerRows: 1, widths: [24, '*', 110, 60], heights: 20, body },
        layout: 'lightHorizontalLines',
      },
    ],
  });
}
