import { asc, desc, eq, inArray } from 'drizzle-orm';
import {
  isFollowUpOverdue,
  outcomeShared,
  type SituationAccess,
  visibleFields,
} from '../../../../domain/situations/situation.rules';
import type {
  AgreementView,
  AssignmentView,
  ImpartialityWarning,
  PartyView,
  SituationView,
  StepView,
} from '../../../../domain/situations/situation.schema';
import type {
  Consent,
  Outcome,
  PartyKind,
  PartyRole,
  SaisinePar,
  SituationKind,
  SituationLinkKind,
  SituationStatus,
  StepKind,
} from '../../../../domain/situations/situation.taxonomies';
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

export const presentParty = (p: typeof situationParties.$inferSelect): PartyView => ({
  id: p.id,
  kind: p.kind as PartyKind,
  role: p.role as PartyRole,
  libelle: p.label,
  partenaireId: p.partnerId,
  personneId: p.personneId,
  consentement: p.consent as Consent,
  dateConsentement: p.consentOn,
  partageIssue: p.shareOutcome,
});

export const presentStep = (s: typeof situationSteps.$inferSelect): StepView => ({
  id: s.id,
  kind: s.kind as StepKind,
  date: s.day,
  dureeMinutes: s.durationMinutes,
  mediateurIds: s.mediatorIds,
  note: s.note,
});

export const presentAgreement = (a: typeof situationAgreements.$inferSelect): AgreementView => ({
  id: a.id,
  texte: a.text,
  date: a.day,
  partieIds: a.partyIds,
  dateSuivi: a.followUpOn,
});

/** Everything about one situation, before the confidentiality matrix filters it. */
async function fullView(db: DbOrTx, row: SituationRow, qpvCode: string, today: string) {
  // Sequential on purpose: `db` is often the caller's transaction (one connection).
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
  const agreements = await db
    .select()
    .from(situationAgreements)
    .where(eq(situationAgreements.situationId, row.id))
    .orderBy(desc(situationAgreements.createdAt))
    .limit(1);
  const links = await db.select().from(situationLinks).where(eq(situationLinks.situationId, row.id));
  const partyViews = parties.map(presentParty);
  const view: Required<SituationView> = {
    id: row.id,
    kind: row.kind as SituationKind,
    territoireId: row.territoryId,
    qpvCode,
    statut: row.status as SituationStatus,
    dateSaisine: row.openedOn,
    issue: (row.outcome as Outcome | null) ?? null,
    saisinePar: row.saisinePar as SaisinePar,
    lieuId: row.placeId,
    description: row.description,
    partenaireSaisissantId: row.referrerPartnerId,
    mediateurs: mediators.map(
      (m): AssignmentView => ({
        mediateurId: m.m.userId,
        nom: `${m.prenom} ${m.nom}`,
        avertissements: m.m.warnings as ImpartialityWarning[],
        justification: m.m.justification,
      }),
    ),
    parties: partyViews,
    etapes: steps.map(presentStep),
    accord: agreements[0] ? presentAgreement(agreements[0]) : null,
    dateSuivi: row.followUpOn,
    suiviEnRetard: isFollowUpOverdue(
      { statut: row.status as SituationStatus, dateSuivi: row.followUpOn },
      today,
    ),
    liens: links.map((l) => ({ kind: l.kind as SituationLinkKind, cibleId: l.targetId })),
    accesNotes: true,
  };
  return view;
}

/** One situation as the reader may see it: the confidentiality matrix picks the fields. */
export async function presentSituation(
  db: DbOrTx,
  row: SituationRow,
  access: SituationAccess,
  today: string,
): Promise<SituationView> {
  const [terr] = await db
    .select({ code: territories.qpvCode })
    .from(territories)
    .where(eq(territories.id, row.territoryId));
  const full = await fullView(db, row, terr?.code ?? '', today);
  const fields = visibleFields(access, { outcomeShared: outcomeShared(full.parties) });
  const out: Record<string, unknown> = { accesNotes: access === 'complet' };
  for (const f of fields) out[f] = full[f];
  return out as unknown as SituationView;
}

/** QPV codes of several territories, for lists. */
export async function qpvCodes(db: DbOrTx, territoryIds: string[]): Promise<Map<string, string>> {
  if (territoryIds.length === 0) return new Map();
  const rows = await db
    .select({ id: territories.id, code: territories.qpvCode })
    .from(territories)
    .where(inArray(territories.id, [...new Set(territoryIds)]));
  return new Map(rows.map((r) => [r.id, r.code]));
}
