/**
 * The situations a person's file takes part in, as the person's right of access and erasure
 * need them (issue 16, part 2): their own role and consent, the situation's kind, status and
 * dated steps — never another party, never a note that speaks of others.
 */
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import {
  CONSENT_LIST,
  PARTY_ROLE_LIST,
  SITUATION_KIND_LIST,
  SITUATION_STATUS_LIST,
  STEP_KIND_LIST,
} from '../../../../domain/situations/situation.taxonomies';
import type { DbOrTx } from '../../db/client';
import { situationParties, situationSteps, situations } from './situations.table';

export async function situationsOfPersonne(db: DbOrTx, structureId: string, personneId: string) {
  const rows = await db
    .select({ s: situations, p: situationParties })
    .from(situationParties)
    .innerJoin(situations, eq(situations.id, situationParties.situationId))
    .where(and(eq(situationParties.personneId, personneId), eq(situations.structureId, structureId)))
    .orderBy(asc(situations.openedOn), asc(situations.id));
  const ids = rows.map((r) => r.s.id);
  const steps = ids.length
    ? await db
        .select({
          situationId: situationSteps.situationId,
          kind: situationSteps.kind,
          day: situationSteps.day,
        })
        .from(situationSteps)
        .where(inArray(situationSteps.situationId, ids))
        .orderBy(asc(situationSteps.day), asc(situationSteps.id))
    : [];
  return rows.map(({ s, p }) => ({
    type: SITUATION_KIND_LIST.label(s.kind),
    statut: SITUATION_STATUS_LIST.label(s.status),
    ouverteLe: s.openedOn,
    clotureeLe: s.closedOn,
    role: PARTY_ROLE_LIST.label(p.role),
    libelle: p.label,
    consentement: CONSENT_LIST.label(p.consent),
    etapes: steps
      .filter((st) => st.situationId === s.id)
      .map((st) => ({ type: STEP_KIND_LIST.label(st.kind), le: st.day })),
  }));
}

/** Whether a situation the person takes part in is still open: a legal hold on erasure. */
export async function hasOpenSituation(
  db: DbOrTx,
  structureId: string,
  personneId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: situations.id })
    .from(situationParties)
    .innerJoin(situations, eq(situations.id, situationParties.situationId))
    .where(
      and(
        eq(situationParties.personneId, personneId),
        eq(situations.structureId, structureId),
        ne(situations.status, 'cloturee'),
      ),
    )
    .limit(1);
  return row !== undefined;
}
