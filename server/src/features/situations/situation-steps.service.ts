import { and, asc, eq } from 'drizzle-orm';
import { validationFailed } from '../../../../domain/errors';
import {
  jointMeetingProblem,
  proposedFollowUp,
  statusAfter,
  stepProblem,
} from '../../../../domain/situations/situation.rules';
import type {
  AgreementInput,
  ConsentInput,
  PartyCreateInput,
  SituationView,
  StepCreateInput,
} from '../../../../domain/situations/situation.schema';
import {
  PARTY_KIND_LABELS,
  type SituationKind,
  type SituationStatus,
  type StepKind,
} from '../../../../domain/situations/situation.taxonomies';
import type { DbOrTx } from '../../db/client';
import {
  partners,
  personnes,
  situationAgreements,
  situationParties,
  situationSteps,
  users,
} from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure } from '../../lib/scope';
import { type LoadedSituation, loadForWrite, parisDay, refuse, touchSituation } from './situations.access';
import { situationView } from './situations.load';
import { presentParty } from './situations.presenter';

export const facts = (s: LoadedSituation) => ({
  kind: s.row.kind as SituationKind,
  statut: s.row.status as SituationStatus,
  dateSaisine: s.row.openedOn,
});

async function partiesOf(tx: DbOrTx, situationId: string) {
  const rows = await tx
    .select()
    .from(situationParties)
    .where(eq(situationParties.situationId, situationId))
    .orderBy(asc(situationParties.createdAt));
  return rows.map(presentParty);
}

/** Runs a change on a situation the actor may write, then answers the situation as it now is. */
export async function change(
  ctx: ServiceContext,
  id: string,
  fn: (tx: DbOrTx, s: LoadedSituation, today: string) => Promise<void>,
): Promise<SituationView> {
  return ctx.db.transaction(async (tx) => {
    const s = await loadForWrite(tx, ctx, id);
    const today = parisDay(ctx.now());
    await fn(tx, s, today);
    const fresh = await loadForWrite(tx, ctx, id);
    return situationView(tx, fresh.row, fresh.access, today);
  });
}

export async function insertStep(
  tx: DbOrTx,
  ctx: ServiceContext,
  s: LoadedSituation,
  step: {
    id?: string;
    kind: StepKind;
    date: string;
    dureeMinutes?: number;
    mediateurIds: string[];
    note: string | null;
  },
): Promise<boolean> {
  const [row] = await tx
    .insert(situationSteps)
    .values({
      ...(step.id ? { id: step.id } : {}),
      structureId: ctx.actor.structureId,
      situationId: s.row.id,
      kind: step.kind,
      day: step.date,
      durationMinutes: step.dureeMinutes ?? 0,
      mediatorIds: [...new Set(step.mediateurIds)],
      note: step.note,
      createdBy: ctx.actor.userId,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return false;
  await auditChange(tx, ctx, 'create', 'situation_etape', row.id, {
    before: null,
    after: { situationId: s.row.id, kind: step.kind, date: step.date, dureeMinutes: row.durationMinutes },
  });
  return true;
}

/** Records a step of the timeline (idempotent on its client-made id). */
export async function addStep(ctx: ServiceContext, id: string, input: StepCreateInput) {
  return change(ctx, id, async (tx, s, today) => {
    if (input.id) {
      const [done] = await tx
        .select({ id: situationSteps.id })
        .from(situationSteps)
        .where(eq(situationSteps.id, input.id));
      if (done) return;
    }
    refuse(stepProblem(facts(s), input.kind, input.date, today), 'kind');
    if (input.kind === 'rencontre_mediation')
      refuse(jointMeetingProblem(await partiesOf(tx, id), input.date), 'kind');
    await assertIdsInStructure(tx, users, input.mediateurIds, ctx.actor.structureId, 'mediateurIds');
    if (!(await insertStep(tx, ctx, s, input))) return;
    await touchSituation(tx, ctx, id, {
      status: statusAfter(input.kind, s.row.status as SituationStatus),
      ...(input.kind === 'suivi' ? { followUpOn: null } : {}),
    });
  });
}

/** Adds a party, pseudonymous by default ("Ménage A", "Groupe B"…). */
export async function addParty(ctx: ServiceContext, id: string, input: PartyCreateInput) {
  return change(ctx, id, async (tx, s) => {
    refuse(
      s.row.status === 'cloturee' ? 'La situation est clôturée : rouvrez-la avant de la modifier.' : null,
      'role',
    );
    if (input.partenaireId) {
      await assertIdsInStructure(tx, partners, [input.partenaireId], ctx.actor.structureId, 'partenaireId');
    }
    if (input.personneId) {
      await assertIdsInStructure(tx, personnes, [input.personneId], ctx.actor.structureId, 'personneId');
    }
    const existing = await partiesOf(tx, id);
    if (input.id && existing.some((p) => p.id === input.id)) return;
    const label =
      input.libelle ?? `${PARTY_KIND_LABELS[input.kind]} ${String.fromCharCode(65 + (existing.length % 26))}`;
    const [row] = await tx
      .insert(situationParties)
      .values({
        ...(input.id ? { id: input.id } : {}),
        structureId: ctx.actor.structureId,
        situationId: id,
        kind: input.kind,
        role: input.role,
        label,
        partnerId: input.partenaireId,
        personneId: input.personneId,
      })
      .returning();
    await auditChange(tx, ctx, 'create', 'situation_partie', row!.id, {
      before: null,
      after: { situationId: id, kind: input.kind, role: input.role, personneId: input.personneId },
    });
  });
}

/** Records a party's consent (or refusal) to mediation with its date, and whether the outcome may be shared. */
export async function setConsent(ctx: ServiceContext, id: string, partyId: string, input: ConsentInput) {
  return change(ctx, id, async (tx, s, today) => {
    const [party] = await tx
      .select()
      .from(situationParties)
      .where(and(eq(situationParties.id, partyId), eq(situationParties.situationId, id)));
    if (!party)
      throw validationFailed('Partie inconnue dans cette situation.', [
        { champ: 'partieId', message: 'Partie inconnue.' },
      ]);
    refuse(
      input.date && input.date > today ? 'Le consentement ne peut pas être daté dans le futur.' : null,
      'date',
    );
    refuse(
      input.date && input.date < s.row.openedOn ? 'Le consentement ne peut pas précéder la saisine.' : null,
      'date',
    );
    const after = { consent: input.consentement, consentOn: input.date, shareOutcome: input.partageIssue };
    await tx
      .update(situationParties)
      .set({ ...after, updatedAt: ctx.now() })
      .where(eq(situationParties.id, partyId));
    await auditChange(tx, ctx, 'update', 'situation_consentement', partyId, {
      before: { consent: party.consent, consentOn: party.consentOn, shareOutcome: party.shareOutcome },
      after,
    });
  });
}

/** The written agreement: both sides must have consented; a follow-up is proposed four weeks later. */
export async function recordAgreement(ctx: ServiceContext, id: string, input: AgreementInput) {
  return change(ctx, id, async (tx, s, today) => {
    refuse(stepProblem(facts(s), 'accord', input.date, today), 'date');
    const parties = await partiesOf(tx, id);
    const unknown = input.partieIds.filter((p) => !parties.some((x) => x.id === p));
    if (unknown.length) {
      throw validationFailed('Partie inconnue dans cette situation (partieIds).', [
        { champ: 'partieIds', message: 'Partie inconnue.' },
      ]);
    }
    refuse(
      jointMeetingProblem(
        parties.filter((p) => input.partieIds.includes(p.id)),
        input.date,
      ),
      'partieIds',
    );
    const followUp = input.dateSuivi ?? proposedFollowUp(input.date);
    refuse(followUp <= input.date ? 'Le suivi doit être postérieur à l’accord.' : null, 'dateSuivi');
    const [row] = await tx
      .insert(situationAgreements)
      .values({
        structureId: ctx.actor.structureId,
        situationId: id,
        text: input.texte,
        day: input.date,
        partyIds: [...new Set(input.partieIds)],
        followUpOn: followUp,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await insertStep(tx, ctx, s, {
      kind: 'accord',
      date: input.date,
      mediateurIds: s.mediatorIds,
      note: null,
    });
    await touchSituation(tx, ctx, id, { status: 'en_suivi', followUpOn: followUp });
    await auditChange(tx, ctx, 'create', 'situation_accord', row!.id, {
      before: null,
      after: { situationId: id, date: input.date, partieIds: row!.partyIds, dateSuivi: followUp },
    });
  });
}
