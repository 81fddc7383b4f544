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
import type {
  situationAgreements,
  situationLinks,
  situationMediators,
  situationParties,
  situationSteps,
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

/** The rows one situation's view is made of, loaded by `situations.load.ts`. */
export interface SituationRows {
  qpvCode: string;
  mediators: Array<{ m: typeof situationMediators.$inferSelect; prenom: string; nom: string }>;
  parties: Array<typeof situationParties.$inferSelect>;
  steps: Array<typeof situationSteps.$inferSelect>;
  /** The latest agreement, if any. */
  agreement: typeof situationAgreements.$inferSelect | null;
  links: Array<typeof situationLinks.$inferSelect>;
}

/** Everything about one situation, before the confidentiality matrix filters it. */
function fullView(row: SituationRow, r: SituationRows, today: string): Required<SituationView> {
  return {
    id: row.id,
    kind: row.kind as SituationKind,
    territoireId: row.territoryId,
    qpvCode: r.qpvCode,
    statut: row.status as SituationStatus,
    dateSaisine: row.openedOn,
    issue: (row.outcome as Outcome | null) ?? null,
    saisinePar: row.saisinePar as SaisinePar,
    lieuId: row.placeId,
    description: row.description,
    partenaireSaisissantId: row.referrerPartnerId,
    mediateurs: r.mediators.map(
      (m): AssignmentView => ({
        mediateurId: m.m.userId,
        nom: `${m.prenom} ${m.nom}`,
        avertissements: m.m.warnings as ImpartialityWarning[],
        justification: m.m.justification,
      }),
    ),
    parties: r.parties.map(presentParty),
    etapes: r.steps.map(presentStep),
    accord: r.agreement ? presentAgreement(r.agreement) : null,
    dateSuivi: row.followUpOn,
    suiviEnRetard: isFollowUpOverdue(
      { statut: row.status as SituationStatus, dateSuivi: row.followUpOn },
      today,
    ),
    liens: r.links.map((l) => ({ kind: l.kind as SituationLinkKind, cibleId: l.targetId })),
    accesNotes: true,
  };
}

/**
 * One situation as the reader may see it, from its loaded rows (a pure function): the
 * confidentiality matrix picks the fields.
 */
export function presentSituation(
  row: SituationRow,
  rows: SituationRows,
  access: SituationAccess,
  today: string,
): SituationView {
  const full = fullView(row, rows, today);
  const fields = visibleFields(access, { outcomeShared: outcomeShared(full.parties) });
  const out: Record<string, unknown> = { accesNotes: access === 'complet' };
  for (const f of fields) out[f] = full[f];
  return out as unknown as SituationView;
}
