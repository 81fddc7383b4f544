/**
 * A person's rights (GDPR art. 15 and 17, issue 16 part 2): the export of everything held about
 * them, and their erasure that keeps the anonymous counts. Both audited, both for coordination
 * and direction only (the route checks the role; the scope here is the actor's territories).
 */
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import {
  CANAL_LIST,
  GENRE_LIST,
  MOTIF_LIST,
  ORIENTATION_STATUT_LIST,
  REPONSE_LIST,
  TRANCHE_AGE_LIST,
  TYPE_MENAGE_LIST,
} from '../../../../domain/accueil/accueil.taxonomies';
import type { PersonneExport } from '../../../../domain/accueil/personne-droits.schema';
import { conflict } from '../../../../domain/errors';
import { AUDIT_ACTION_LIST } from '../../../../domain/journal/journal-labels';
import type { DbOrTx } from '../../db/client';
import {
  annuaireServices,
  auditLog,
  consentements,
  demandes,
  orientations,
  personnes,
  structures,
  territories,
} from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { hasOpenSituation, situationsOfPersonne } from '../situations';
import { getPersonneRow } from './personnes.service';

const RESIDENT_QPV: Record<string, string> = {
  oui: 'Habite un QPV',
  non: 'N’habite pas un QPV',
  inconnu: 'Ne sait pas',
};
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The file and the files merged into it: one person, several files before a merge. */
async function fileIds(ctx: ServiceContext, id: string): Promise<string[]> {
  const merged = await ctx.db
    .select({ id: personnes.id })
    .from(personnes)
    .where(and(eq(personnes.mergedIntoId, id), eq(personnes.structureId, ctx.actor.structureId)));
  return [id, ...merged.map((m) => m.id)];
}

/** Everything held about the person, in words; the export is audited as a read of the file. */
export async function exportPersonne(ctx: ServiceContext, id: string, format: 'json' | 'pdf') {
  return ctx.db.transaction(async (tx): Promise<PersonneExport> => {
    const p = await getPersonneRow(tx, ctx.actor, id);
    const ids = await fileIds({ ...ctx, db: tx }, id);
    const [place] = await tx
      .select({ structure: structures.nom, quartier: territories.nom })
      .from(territories)
      .innerJoin(structures, eq(structures.id, territories.structureId))
      .where(eq(territories.id, p.territoryId));
    const consents = await tx
      .select()
      .from(consentements)
      .where(inArray(consentements.personneId, ids))
      .orderBy(asc(consentements.givenOn), asc(consentements.createdAt));
    const asked = await tx
      .select()
      .from(demandes)
      .where(and(inArray(demandes.personneId, ids), eq(demandes.structureId, ctx.actor.structureId)))
      .orderBy(asc(demandes.occurredAt), asc(demandes.id));
    const oriented = await tx
      .select({ o: orientations, service: annuaireServices.nom })
      .from(orientations)
      .innerJoin(annuaireServices, eq(annuaireServices.id, orientations.serviceId))
      .where(and(inArray(orientations.personneId, ids), eq(orientations.structureId, ctx.actor.structureId)))
      .orderBy(asc(orientations.createdAt), asc(orientations.id));
    const reads = await tx
      .select({ at: auditLog.createdAt, action: auditLog.action, par: auditLog.actorLabel })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.structureId, ctx.actor.structureId),
          eq(auditLog.entityType, 'personne'),
          inArray(auditLog.entityId, ids),
        ),
      )
      .orderBy(asc(auditLog.id));
    const identite = p.prenom || p.nom || p.telephone || p.email;
    const view: PersonneExport = {
      genereLe: ctx.now().toISOString(),
      structure: place?.structure ?? '',
      personne: {
        id: p.id,
        pseudonyme: p.pseudonyme,
        quartier: place?.quartier ?? '',
        trancheAge: TRANCHE_AGE_LIST.label(p.trancheAge),
        genre: GENRE_LIST.label(p.genre),
        typeMenage: TYPE_MENAGE_LIST.label(p.typeMenage),
        residentQpv: RESIDENT_QPV[p.residentQpv] ?? p.residentQpv,
        identite: identite ? { prenom: p.prenom, nom: p.nom, telephone: p.telephone, email: p.email } : null,
        creeLe: p.createdAt.toISOString(),
      },
      consentements: consents.map((c) => ({
        donneLe: c.givenOn,
        finalite: c.finalite,
        mode: c.mode,
        partagePartenaires: c.partagePartenaires,
        retireLe: iso(c.withdrawnAt),
      })),
      demandes: asked.map((d) => ({
        le: d.occurredAt.toISOString(),
        canal: CANAL_LIST.label(d.canal),
        motifs: d.motifs.map((m) => MOTIF_LIST.label(m)),
        reponses: d.reponses.map((r) => REPONSE_LIST.label(r.type)),
        note: d.note,
      })),
      orientations: oriented.map(({ o, service }) => ({
        le: o.createdAt.toISOString(),
        service,
        statut: ORIENTATION_STATUT_LIST.label(o.statut),
        statutLe: o.statutAt.toISOString(),
        commentairePartenaire: o.commentairePartenaire,
      })),
      situations: await situationsOfPersonne(tx, ctx.actor.structureId, id),
      acces: reads.map((r) => ({
        le: r.at.toISOString(),
        action: AUDIT_ACTION_LIST.label(r.action),
        par: r.par,
      })),
    };
    await auditChange(tx, ctx, 'read', 'personne', id, { extra: { document: 'droit_acces', format } });
    return view;
  });
}

/**
 * Erases the person: their files go (consents with them), the requests and orientations stay as
 * anonymous counts without the notes written about them, the audit rows of the file stay without
 * their content. Refused while a situation they take part in is open (a legal hold).
 */
export async function effacerPersonne(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await getPersonneRow(tx, ctx.actor, id);
    if (await hasOpenSituation(tx, ctx.actor.structureId, id)) {
      throw conflict(
        'Une situation en cours concerne cette personne : elle pourra être effacée une fois la situation clôturée.',
      );
    }
    const counts = await effacerFiches(tx, ctx.actor.structureId, id);
    await auditChange(tx, ctx, 'delete', 'personne', id, { extra: { droit: 'effacement', ...counts } });
  });
}

/**
 * The erasure itself, for the right to erasure and for the retention job: the file and the files
 * merged into it, their consents; requests and orientations unlinked and without notes; the
 * audit rows that quoted them emptied. The caller checks the legal hold and writes its own row.
 */
export async function effacerFiches(tx: DbOrTx, structureId: string, id: string) {
  const merged = await tx
    .select({ id: personnes.id })
    .from(personnes)
    .where(and(eq(personnes.mergedIntoId, id), eq(personnes.structureId, structureId)));
  const ids = [id, ...merged.map((m) => m.id)];
  const kept = await tx
    .update(demandes)
    .set({ note: null, personneId: null })
    .where(and(inArray(demandes.personneId, ids), eq(demandes.structureId, structureId)))
    .returning({ id: demandes.id });
  const orientees = await tx
    .update(orientations)
    .set({ note: null, commentairePartenaire: null, personneId: null })
    .where(and(inArray(orientations.personneId, ids), eq(orientations.structureId, structureId)))
    .returning({ id: orientations.id });
  // The rows stay (who did what, when); what they quoted of the person goes.
  const quoted = (type: 'personne' | 'demande' | 'orientation', of: string[]) =>
    and(eq(auditLog.entityType, type), inArray(auditLog.entityId, of.length ? of : ['-']));
  await tx
    .update(auditLog)
    .set({ diff: null })
    .where(
      and(
        eq(auditLog.structureId, structureId),
        or(
          quoted('personne', ids),
          quoted(
            'demande',
            kept.map((d) => d.id),
          ),
          quoted(
            'orientation',
            orientees.map((o) => o.id),
          ),
        ),
      ),
    );
  await tx.delete(personnes).where(and(inArray(personnes.id, ids), eq(personnes.structureId, structureId)));
  return { fiches: ids.length, demandesAnonymisees: kept.length, orientationsAnonymisees: orientees.length };
}
