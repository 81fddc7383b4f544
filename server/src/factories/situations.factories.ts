/** Builders of situations for tests and the demo: direct inserts with sensible defaults. */
import type {
  Consent,
  PartyKind,
  PartyRole,
  SaisinePar,
  SituationKind,
  SituationStatus,
} from '../../../domain/situations/situation.taxonomies';
import type { DbOrTx } from '../db/client';
import { situationMediators, situationParties, situationSteps, situations } from '../db/schema';

export async function buildSituation(
  db: DbOrTx,
  o: {
    structureId: string;
    territoryId: string;
    mediatorIds: string[];
    kind?: SituationKind;
    placeId?: string | null;
    referrerPartnerId?: string | null;
    status?: SituationStatus;
    outcome?: string | null;
    saisinePar?: SaisinePar;
    openedOn?: string;
    closedOn?: string | null;
    followUpOn?: string | null;
    description?: string;
  },
) {
  const openedOn = o.openedOn ?? new Date().toISOString().slice(0, 10);
  const [row] = await db
    .insert(situations)
    .values({
      structureId: o.structureId,
      territoryId: o.territoryId,
      placeId: o.placeId ?? null,
      kind: o.kind ?? 'voisinage_bruit',
      saisinePar: o.saisinePar ?? (o.referrerPartnerId ? 'bailleur' : 'habitant'),
      referrerPartnerId: o.referrerPartnerId ?? null,
      description: o.description ?? 'Bruits répétés le soir signalés par un voisin du dessous.',
      status: o.status ?? 'ouverte',
      outcome: o.outcome ?? null,
      openedOn,
      closedOn: o.closedOn ?? null,
      followUpOn: o.followUpOn ?? null,
    })
    .returning();
  if (o.mediatorIds.length) {
    await db
      .insert(situationMediators)
      .values(o.mediatorIds.map((userId) => ({ situationId: row!.id, userId })));
  }
  await db.insert(situationSteps).values({
    structureId: o.structureId,
    situationId: row!.id,
    kind: 'saisine',
    day: openedOn,
    mediatorIds: o.mediatorIds,
    note: 'Appel du gardien, premier échange au téléphone.',
  });
  return row!;
}

export async function buildPartie(
  db: DbOrTx,
  o: {
    structureId: string;
    situationId: string;
    role?: PartyRole;
    kind?: PartyKind;
    label?: string;
    consent?: Consent;
    consentOn?: string | null;
    shareOutcome?: boolean;
    /** The person's file this party is (linked from the file). */
    personneId?: string | null;
  },
) {
  const [row] = await db
    .insert(situationParties)
    .values({
      structureId: o.structureId,
      situationId: o.situationId,
      kind: o.kind ?? 'menage',
      role: o.role ?? 'demandeur',
      label: o.label ?? 'Ménage A',
      consent: o.consent ?? 'en_attente',
      consentOn: o.consentOn ?? null,
      shareOutcome: o.shareOutcome ?? false,
      personneId: o.personneId ?? null,
    })
    .returning();
  return row!;
}
