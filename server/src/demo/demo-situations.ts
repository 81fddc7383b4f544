/**
 * About sixty situations over the past year for the demo structure: every kind, step and outcome,
 * some follow-ups overdue, one declared link. Seeded, so every `npm run demo` gives the same story.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { addDays, statusAfter } from '../../../domain/situations/situation.rules';
import {
  type Outcome,
  type SaisinePar,
  SITUATION_KINDS,
  type SituationKind,
  type SituationStatus,
  type StepKind,
} from '../../../domain/situations/situation.taxonomies';
import type { DbOrTx } from '../db/client';
import {
  mediatorLinks,
  partners,
  places,
  situationAgreements,
  situationLinks,
  situationMediators,
  situationParties,
  situationSteps,
  situations,
  territories,
  users,
  userTerritories,
} from '../db/schema';
import { mulberry32 } from './random';

const DESCRIPTIONS: Record<SituationKind, string> = {
  voisinage_bruit: 'Bruits répétés en soirée entre deux logements superposés.',
  voisinage_parties_communes: 'Encombrement du palier et de la cage d’escalier, tensions entre voisins.',
  voisinage_animaux: 'Aboiements prolongés d’un chien laissé seul en journée.',
  voisinage_stationnement: 'Stationnement devant une sortie de garage, altercations répétées.',
  voisinage_degradations: 'Dégradations de boîtes aux lettres, soupçons entre voisins.',
  voisinage_autre: 'Différend sur l’usage d’un jardin partagé en pied d’immeuble.',
  espace_public_occupation: 'Regroupement tardif de jeunes en bas du bâtiment, plaintes des riverains.',
  espace_public_usage: 'Conflit d’usage du city stade entre groupes d’âges différents.',
  espace_public_rixe: 'Tension entre deux groupes après une altercation sur la place.',
  usager_institution: 'Habitant en désaccord avec le bailleur sur une régularisation de charges.',
  transport: 'Incidents répétés à l’arrêt de bus à la sortie des cours.',
  intrafamilial:
    'Situation familiale tendue signalée lors d’une permanence : orientation vers les partenaires.',
  autre: 'Différend entre un commerçant et des habitants sur des nuisances.',
};
const NOTES: Partial<Record<StepKind, string[]>> = {
  prise_de_contact: [
    'Premier contact par téléphone, rendez-vous fixé.',
    'Porte-à-porte : le ménage accepte d’échanger.',
  ],
  entretien_individuel: [
    'Écoute du demandeur, rappel du cadre de la médiation.',
    'Entretien avec l’autre partie, qui exprime sa version des faits.',
  ],
  rencontre_mediation: ['Rencontre au local, échanges calmes, pistes d’accord dégagées.'],
  navette: ['Navette : transmission des propositions de chacun.'],
  suivi: ['Point de suivi : la situation reste calme.', 'Suivi téléphonique : quelques rechutes signalées.'],
  cloture: ['Clôture avec les parties.'],
};
const OUTCOME_PLANS: Array<{ outcome: Outcome; steps: Array<[StepKind, number]> }> = [
  {
    outcome: 'resolu',
    steps: [
      ['prise_de_contact', 2],
      ['entretien_individuel', 5],
      ['entretien_individuel', 7],
      ['rencontre_mediation', 14],
      ['accord', 14],
      ['suivi', 42],
      ['cloture', 45],
    ],
  },
  {
    outcome: 'apaise',
    steps: [
      ['prise_de_contact', 1],
      ['entretien_individuel', 4],
      ['navette', 9],
      ['navette', 15],
      ['suivi', 40],
      ['cloture', 41],
    ],
  },
  {
    outcome: 'non_resolu',
    steps: [
      ['prise_de_contact', 3],
      ['entretien_individuel', 6],
      ['navette', 12],
      ['cloture', 30],
    ],
  },
  {
    outcome: 'refus_mediation',
    steps: [
      ['prise_de_contact', 2],
      ['entretien_individuel', 5],
      ['cloture', 8],
    ],
  },
  {
    outcome: 'abandon',
    steps: [
      ['prise_de_contact', 4],
      ['cloture', 20],
    ],
  },
  {
    outcome: 'oriente',
    steps: [
      ['prise_de_contact', 1],
      ['entretien_individuel', 3],
      ['cloture', 4],
    ],
  },
  // An agreement whose follow-up is still to be done (overdue once four weeks have passed).
  {
    outcome: 'resolu',
    steps: [
      ['prise_de_contact', 2],
      ['entretien_individuel', 4],
      ['entretien_individuel', 6],
      ['rencontre_mediation', 10],
      ['accord', 10],
    ],
  },
];
const INTRAFAMILIAL_PLAN = OUTCOME_PLANS.find((p) => p.outcome === 'oriente')!;
const REFERRER_KIND: Partial<Record<SaisinePar, string>> = {
  bailleur: 'bailleur',
  ville: 'ville',
  transporteur: 'transporteur',
};

export async function loadDemoSituations(tx: DbOrTx, ctx: { structureId: string; now: Date }) {
  const rnd = mulberry32(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(ctx.now);
  const sid = ctx.structureId;
  const terr = await tx.select().from(territories).where(eq(territories.structureId, sid));
  const lieux = await tx.select().from(places).where(eq(places.structureId, sid));
  const parts = await tx.select().from(partners).where(eq(partners.structureId, sid));
  const meds = await tx
    .select()
    .from(users)
    .where(and(eq(users.structureId, sid), eq(users.role, 'mediateur')));
  const limited = await tx.select().from(userTerritories);
  const covers = (userId: string, territoryId: string) => {
    const own = limited.filter((l) => l.userId === userId);
    return own.length === 0 || own.some((l) => l.territoryId === territoryId);
  };

  const rows: Array<typeof situations.$inferInsert> = [];
  const team: Array<typeof situationMediators.$inferInsert> = [];
  const parties: Array<typeof situationParties.$inferInsert> = [];
  const steps: Array<typeof situationSteps.$inferInsert> = [];
  const agreements: Array<typeof situationAgreements.$inferInsert> = [];
  const links: Array<typeof situationLinks.$inferInsert> = [];

  for (let i = 0; i < 60; i++) {
    const kind = i < SITUATION_KINDS.length ? SITUATION_KINDS[i]! : pick(SITUATION_KINDS);
    const t = pick(terr);
    const place = rnd() < 0.7 ? pick(lieux.filter((l) => l.territoryId === t.id)) : null;
    const saisinePar =
      kind === 'transport'
        ? 'transporteur'
        : pick([
            'habitant',
            'habitant',
            'bailleur',
            'ville',
            'police',
            'association',
            'auto_saisine',
            'autre',
          ] as const);
    const referrer = REFERRER_KIND[saisinePar]
      ? (parts.find((p) => p.kind === REFERRER_KIND[saisinePar]) ?? null)
      : null;
    const openedOn = addDays(today, -Math.floor(rnd() * 360) - 1);
    const local = meds.filter((m) => covers(m.id, t.id));
    const m1 = pick(local);
    const m2 = rnd() < 0.3 ? pick(local.filter((m) => m.id !== m1.id)) : null;
    const mediatorIds = m2 ? [m1.id, m2.id] : [m1.id];
    const id = randomUUID();
    const plan = kind === 'intrafamilial' ? INTRAFAMILIAL_PLAN : OUTCOME_PLANS[i % OUTCOME_PLANS.length]!;
    const dem = randomUUID();
    const mis = randomUUID();
    const consented = plan.outcome !== 'refus_mediation' && plan.outcome !== 'abandon';
    const share = rnd() < 0.5;
    const base = {
      structureId: sid,
      situationId: id,
      consentOn: consented ? addDays(openedOn, 3) : null,
      shareOutcome: share,
    };
    parties.push(
      {
        ...base,
        id: dem,
        kind: 'menage',
        role: 'demandeur',
        label: 'Ménage A',
        consent: consented ? 'accorde' : 'en_attente',
      },
      {
        ...base,
        id: mis,
        kind: kind.startsWith('espace_public')
          ? 'groupe'
          : kind === 'usager_institution'
            ? 'institution'
            : 'menage',
        role: 'mis_en_cause',
        label: kind.startsWith('espace_public')
          ? 'Groupe B'
          : kind === 'usager_institution'
            ? 'Bailleur'
            : 'Ménage B',
        consent: consented ? 'accorde' : plan.outcome === 'refus_mediation' ? 'refuse' : 'en_attente',
        consentOn: plan.outcome === 'refus_mediation' ? addDays(openedOn, 5) : base.consentOn,
      },
    );
    let status: SituationStatus = 'ouverte';
    let outcome: Outcome | null = null;
    let followUpOn: string | null = null;
    let closedOn: string | null = null;
    steps.push({
      structureId: sid,
      situationId: id,
      kind: 'saisine',
      day: openedOn,
      mediatorIds: [m1.id],
      note: null,
    });
    for (const [step, offset] of plan.steps) {
      const day = addDays(openedOn, offset);
      if (day > today) break;
      const note = step === 'accord' ? null : pick(NOTES[step] ?? ['']);
      steps.push({
        structureId: sid,
        situationId: id,
        kind: step,
        day,
        durationMinutes: step === 'cloture' ? 15 : 30 + Math.floor(rnd() * 60),
        mediatorIds,
        note,
      });
      status = statusAfter(step, status);
      if (step === 'accord') {
        followUpOn = addDays(day, 28);
        agreements.push({
          structureId: sid,
          situationId: id,
          text: 'Les parties conviennent de limiter le bruit après 22 h et de se prévenir en cas d’événement familial.',
          day,
          partyIds: [dem, mis],
          followUpOn,
        });
      }
      if (step === 'suivi') followUpOn = null;
      if (step === 'cloture') [outcome, closedOn] = [plan.outcome, day];
    }
    rows.push({
      id,
      structureId: sid,
      territoryId: t.id,
      placeId: place?.id ?? null,
      kind,
      saisinePar,
      referrerPartnerId: referrer?.id ?? null,
      description: DESCRIPTIONS[kind],
      status,
      outcome,
      openedOn,
      closedOn,
      followUpOn,
      createdBy: m1.id,
    });
    for (const userId of mediatorIds)
      team.push({ situationId: id, userId, assignedAt: new Date(`${openedOn}T09:00:00Z`) });
    if (i % 7 === 0) links.push({ situationId: id, kind: 'contact', targetId: `demo-contact-${i}` });
  }
  await tx.insert(situations).values(rows);
  await tx.insert(situationMediators).values(team);
  await tx.insert(situationParties).values(parties);
  await tx.insert(situationSteps).values(steps);
  if (agreements.length) await tx.insert(situationAgreements).values(agreements);
  if (links.length) await tx.insert(situationLinks).values(links);
  const tourK = lieux.find((l) => l.nom === 'Tour K');
  const m = meds.find((u) => u.email.startsWith('mediation5@'));
  if (tourK && m) {
    await tx.insert(mediatorLinks).values({
      structureId: sid,
      userId: m.id,
      kind: 'meme_residence',
      placeId: tourK.id,
      precision: 'Habite au 6e étage.',
    });
  }
  return { situations: rows.length };
}
