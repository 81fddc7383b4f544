/** Loads what a situation's view is made of; `situations.presenter.ts` shapes it without the database. */
import { asc, desc, eq } from 'drizzle-orm';
import type { SituationAccess } from '../../../../domain/situations/situation.rules';
import type { SituationView } from '../../../../domain/situations/situation.schema';
import type { DbOrTx } from '../../db/client';
import {
  situationAgreements,
  situationLinks,
  situationMediators,
  situationParties,
  situationSteps,
  territories,
  users,
} from '../../db/schema';
import type { SituationRow } from './situations.access';
import { presentSituation, type SituationRows } from './situations.presenter';

/** The rows of one situation. Sequential on purpose: `db` is often the caller's transaction (one connection). */
export async function loadSituationRows(db: DbOrTx, row: SituationRow): Promise<SituationRows> {
  const [terr] = await db
    .select({ code: territories.qpvCode })
    .from(territories)
    .where(eq(territories.id, row.territoryId));
  const mediators = await db
    .select({ m: situationMediators, prenom: users.prenom, nom: users.nom })
    .from(situationMediators)
    .innerJoin(users, eq(users.id, situationMediators.userId))
    .where(eq(situationMediators.situationId, row.id))
    .orderBy(asc(situationMediators.assignedAt));
  const parties = await db
    .select()
    .from(situationParties)
    .where(eq(situationParties.situationId, row.id))
    .orderBy(asc(situationParties.createdAt));
  const steps = await db
    .select()
    .from(situationSteps)
    .where(eq(situationSteps.situationId, row.id))
    .orderBy(asc(situationSteps.day), asc(situationSteps.createdAt));
  const [agreement] = await db
    .select()
    .from(situationAgreements)
    .where(eq(situationAgreements.situationId, row.id))
    .orderBy(desc(situationAgreements.createdAt))
    .limit(1);
  const links = await db.select().from(situationLinks).where(eq(situationLinks.situationId, row.id));
  return { qpvCode: terr?.code ?? '', mediators, parties, steps, agreement: agreement ?? null, links };
}

/** Loads one situation's rows and presents them as the reader may see them. */
export async function situationView(
  db: DbOrTx,
  row: SituationRow,
  access: SituationAccess,
  today: string,
): Promise<SituationView> {
  return presentSituation(row, await loadSituationRows(db, row), access, today);
}
