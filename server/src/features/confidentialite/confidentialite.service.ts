/**
 * The privacy records a structure must keep (issue 16, part 4): its record of processing
 * activities, filled with its real settings, and the register of the consents given or withdrawn.
 */
import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type {
  ConsentementsRegistre,
  ConsentementsRegistreQuery,
  ConservationView,
} from '../../../../domain/confidentialite/confidentialite.schema';
import {
  CLES_CONSERVATION,
  CONSERVATION_BORNES,
  CONSERVATION_DEFAUTS,
  type Periodes,
  periodesDe,
} from '../../../../domain/confidentialite/conservation';
import { type Registre, registreTraitements } from '../../../../domain/confidentialite/registre';
import { parisDate } from '../../../../domain/time/paris';
import { consentements, partners, personnes, structures, territories, users } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { paginer } from '../../lib/liste';
import { tenantScope } from '../../lib/scope';
import { prochainePurge } from './conservation.job';

export async function registre(ctx: ServiceContext): Promise<Registre> {
  const sid = ctx.actor.structureId;
  const [structure] = await ctx.db
    .select({ nom: structures.nom })
    .from(structures)
    .where(eq(structures.id, sid));
  const qpv = await ctx.db
    .select({ nom: territories.nom, code: territories.qpvCode })
    .from(territories)
    .where(eq(territories.structureId, sid))
    .orderBy(asc(territories.nom));
  const partenaires = await ctx.db
    .select({ nom: partners.nom, kind: partners.kind })
    .from(partners)
    .where(eq(partners.structureId, sid))
    .orderBy(asc(partners.nom));
  return registreTraitements({
    structure: structure?.nom ?? '',
    jour: parisDate(ctx.now()),
    territoires: qpv.map((t) => `${t.nom} (${t.code})`),
    partenaires,
  });
}

/** Every consent of the actor's territories given in the period, newest first; the read is audited. */
export async function registreConsentements(
  ctx: ServiceContext,
  q: ConsentementsRegistreQuery,
): Promise<ConsentementsRegistre> {
  const where = and(
    eq(consentements.structureId, ctx.actor.structureId),
    tenantScope(ctx.actor, { structureId: personnes.structureId, territoryId: personnes.territoryId }),
    q.du ? gte(consentements.givenOn, q.du) : undefined,
    q.au ? lte(consentements.givenOn, q.au) : undefined,
  );
  return ctx.db.transaction(async (tx) => {
    const page = await paginer(
      q,
      () =>
        tx
          .select({ n: sql<number>`count(*)::int` })
          .from(consentements)
          .innerJoin(personnes, eq(personnes.id, consentements.personneId))
          .where(where),
      ({ limit, offset }) =>
        tx
          .select({
            c: consentements,
            pseudonyme: personnes.pseudonyme,
            prenom: users.prenom,
            nom: users.nom,
          })
          .from(consentements)
          .innerJoin(personnes, eq(personnes.id, consentements.personneId))
          .leftJoin(users, eq(users.id, consentements.recordedBy))
          .where(where)
          .orderBy(desc(consentements.givenOn), desc(consentements.createdAt), desc(consentements.id))
          .limit(limit)
          .offset(offset),
    );
    await auditChange(tx, ctx, 'read', 'registre_consentements', null, {
      extra: { du: q.du ?? null, au: q.au ?? null, lignes: page.items.length },
    });
    return {
      ...page,
      items: page.items.map(({ c, pseudonyme, prenom, nom }) => ({
        id: c.id,
        personneId: c.personneId,
        pseudonyme,
        donneLe: c.givenOn,
        finalite: c.finalite,
        mode: c.mode,
        partagePartenaires: c.partagePartenaires,
        enregistrePar: prenom ? `${prenom} ${nom}` : null,
        enregistreLe: c.createdAt.toISOString(),
        retireLe: c.withdrawnAt ? c.withdrawnAt.toISOString() : null,
      })),
    };
  });
}

/** The structure's retention periods, their bounds, and when the next purge runs. */
export async function conservation(ctx: ServiceContext): Promise<ConservationView> {
  const [s] = await ctx.db
    .select({ conservation: structures.conservation })
    .from(structures)
    .where(eq(structures.id, ctx.actor.structureId));
  return {
    periodes: periodesDe(s?.conservation),
    bornes: CONSERVATION_BORNES,
    libelles: Object.fromEntries(CLES_CONSERVATION.map((k) => [k, CONSERVATION_DEFAUTS[k].donnees])),
    prochainePurge: prochainePurge(ctx.now()).toISOString(),
  };
}

export async function setConservation(ctx: ServiceContext, periodes: Periodes): Promise<ConservationView> {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ conservation: structures.conservation })
      .from(structures)
      .where(eq(structures.id, ctx.actor.structureId));
    await tx
      .update(structures)
      .set({ conservation: periodes, updatedAt: ctx.now() })
      .where(eq(structures.id, ctx.actor.structureId));
    await auditChange(tx, ctx, 'update', 'structure', ctx.actor.structureId, {
      before: { conservation: periodesDe(before?.conservation) },
      after: { conservation: periodes },
    });
  });
  return conservation(ctx);
}
