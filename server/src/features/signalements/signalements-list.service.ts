/** The signalements list (docs/listes.md): one page of what the actor may see. */
import { and, desc, eq, gte, ilike, inArray, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../../domain/auth/roles';
import type { Page } from '../../../../domain/liste';
import {
  type SignalementListQuery,
  type SignalementView,
  STATUTS_OUVERTS,
} from '../../../../domain/signalements/signalement.schema';
import { signalements } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { inParisDays, likePattern, paginerTable } from '../../lib/liste';
import { signalementViews } from './signalements.load';
import { signalementScope } from './signalements.read';

/**
 * Signalements the actor may see, newest observed first (then id, stable across pages).
 * Opens on the open ones: without `statut`, `ouverts=false` is needed to see closed ones too.
 */
export async function listSignalements(
  ctx: ServiceContext,
  q: SignalementListQuery,
): Promise<Page<SignalementView>> {
  const f: SQL[] = [signalementScope(ctx.actor)];
  if (q.statut) f.push(eq(signalements.statut, q.statut));
  else if (q.ouverts !== 'false') f.push(inArray(signalements.statut, [...STATUTS_OUVERTS]));
  if (q.miens === 'true') f.push(eq(signalements.createdByUserId, ctx.actor.userId));
  if (q.categorie) f.push(eq(signalements.categorie, q.categorie));
  if (q.partenaireId) f.push(eq(signalements.partnerId, q.partenaireId));
  if (q.territoireId) f.push(eq(signalements.territoryId, q.territoireId));
  if (q.qpv) f.push(eq(signalements.qpvCode, q.qpv));
  if (q.ageMaxJours)
    f.push(gte(signalements.observedAt, new Date(ctx.now().getTime() - q.ageMaxJours * 86_400_000)));
  f.push(...inParisDays(signalements.observedAt, q));
  if (q.q) f.push(searchWhere(ctx.actor, q.q));
  const where = and(...f);
  return paginerTable(
    ctx.db,
    q,
    signalements,
    where,
    [desc(signalements.observedAt), desc(signalements.id)],
    (rows) => signalementViews(ctx.db, rows),
  );
}

/** `q`: a number finds that signalement; words search the description, never an internal one for a partner. */
function searchWhere(actor: Actor, words: string): SQL {
  const numero = /^#?(\d{1,9})$/.exec(words);
  if (numero) return eq(signalements.numero, Number(numero[1]));
  const inText = ilike(signalements.description, likePattern(words));
  return actor.role === 'partenaire' ? and(inText, eq(signalements.descriptionInterne, false))! : inText;
}
