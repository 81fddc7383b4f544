import { and, eq, exists, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { consentements, personnes } from '../../db/schema';

/**
 * Which of `ids` are files of the accueil of the structure, not merged, with at least one consent
 * in force: the only persons another module may name (a project's carriers, an action's
 * registered participants).
 */
export async function personnesConsentantes(
  db: DbOrTx,
  structureId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const rows = await db
    .select({ id: personnes.id })
    .from(personnes)
    .where(
      and(
        eq(personnes.structureId, structureId),
        isNull(personnes.mergedIntoId),
        inArray(personnes.id, unique),
        exists(
          db
            .select({ id: consentements.id })
            .from(consentements)
            .where(and(eq(consentements.personneId, personnes.id), isNull(consentements.withdrawnAt))),
        ),
      ),
    );
  return new Set(rows.map((r) => r.id));
}
