import { territories } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { territoryScope } from '../territoires';
import { qpvPerimeters } from './geo';

/** The real perimeters of the QPV the actor covers (partners: every QPV of the structure). */
export async function perimetresDeLaStructure(ctx: ServiceContext) {
  const scope = ctx.actor.role === 'partenaire' ? { ...ctx.actor, territoryIds: null } : ctx.actor;
  const rows = await ctx.db
    .select({ code: territories.qpvCode })
    .from(territories)
    .where(territoryScope(scope));
  return qpvPerimeters(rows.map((r) => r.code));
}
