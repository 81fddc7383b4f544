/**
 * Requests, orientations, situations and signalements added to the report dataset
 * (rapports.factories.ts) for the period 1 March – 30 April 2026: every figure of them is
 * computed by hand in rapports-sections.test.ts.
 */

import type { Categorie, Statut } from '../../../domain/signalements/signalement.taxonomies';
import type { Outcome, SaisinePar, SituationKind } from '../../../domain/situations/situation.taxonomies';
import type { DbOrTx } from '../db/client';
import { buildAnnuaireService, buildDemande } from './accueil.factories';
import { buildPartenaire } from './factories';
import type { buildRapportDataset } from './rapports.factories';
import { buildSignalement } from './signalements.factories';
import { buildSituation } from './situations.factories';

type Dataset = Awaited<ReturnType<typeof buildRapportDataset>>;
const at = (iso: string) => new Date(iso);

export async function buildSectionsDataset(db: DbOrTx, d: Dataset) {
  const { structureId, malpasse: m, fraisVallon: f, lieu, med1 } = d;
  const partner = (nom: string) => buildPartenaire(db, { structureId, nom });
  const [alpha, habitat, corot, ancien] = [
    await partner('Association Alpha'),
    await partner('Bailleur Habitat'),
    await partner('Centre social Corot'),
    await partner('Ancien partenaire'),
  ];
  const service = async (partnerId: string | null) =>
    (await buildAnnuaireService(db, { structureId, partnerId })).id;
  const sv = {
    alpha: await service(alpha.id),
    habitat: await service(habitat.id),
    corot: await service(corot.id),
    ancien: await service(ancien.id),
    libre: await service(null),
  };
  const demande = (
    territoryId: string,
    occurredAt: string,
    motifs: Parameters<typeof buildDemande>[1]['motifs'],
    reponses: Parameters<typeof buildDemande>[1]['reponses'],
    orientations: Parameters<typeof buildDemande>[1]['orientations'] = [],
  ) =>
    buildDemande(db, {
      structureId,
      territoryId,
      occurredAt: at(occurredAt),
      motifs,
      reponses,
      orientations,
      createdBy: med1.id,
    });
  // D1: 00:10 on 1 March in Paris (still 28 February in UTC) is in the period.
  await demande(
    m.id,
    '2026-03-01T00:10:00+01:00',
    ['numerique', 'sante'],
    ['information'],
    [{ serviceId: sv.alpha, statut: 'aboutie' }],
  );
  // D2: the last evening of the period; two orientations.
  await demande(
    f.id,
    '2026-04-30T23:30:00+02:00',
    ['logement-hebergement'],
    [],
    [
      { serviceId: sv.habitat, statut: 'refusee' },
      { serviceId: sv.corot, statut: 'prise_de_contact' },
    ],
  );
  await demande(
    m.id,
    '2026-03-15T10:00:00+01:00',
    ['numerique'],
    ['aide_demarche'],
    [{ serviceId: sv.libre, statut: 'sans_suite' }],
  );
  await demande(f.id, '2026-03-20T09:00:00+01:00', ['cadre-de-vie', 'numerique'], ['mediation']);
  await demande(
    m.id,
    '2026-04-10T14:00:00+02:00',
    ['sante'],
    [],
    [
      { serviceId: sv.alpha, statut: 'aboutie' },
      { serviceId: sv.habitat, statut: 'expiree' },
    ],
  );
  // Outside the period: the evening before it, 00:10 on 1 May; and the same months a year earlier.
  await demande(
    m.id,
    '2026-02-28T23:30:00+01:00',
    ['sante'],
    [],
    [{ serviceId: sv.alpha, statut: 'aboutie' }],
  );
  await demande(m.id, '2026-05-01T00:10:00+02:00', ['famille'], ['information']);
  await demande(
    m.id,
    '2025-04-01T10:00:00+02:00',
    ['sante'],
    [],
    [{ serviceId: sv.alpha, statut: 'aboutie' }, { serviceId: sv.ancien }],
  );

  const situation = (
    territoryId: string,
    kind: SituationKind,
    saisinePar: SaisinePar,
    openedOn: string,
    closed?: [closedOn: string, outcome: Outcome],
    placeId: string | null = null,
  ) =>
    buildSituation(db, {
      structureId,
      territoryId,
      placeId,
      mediatorIds: [med1.id],
      kind,
      saisinePar,
      openedOn,
      status: closed ? 'cloturee' : 'en_cours',
      closedOn: closed?.[0] ?? null,
      outcome: closed?.[1] ?? null,
    });
  await situation(m.id, 'voisinage_bruit', 'habitant', '2026-03-01', ['2026-03-11', 'resolu']);
  await situation(f.id, 'voisinage_animaux', 'bailleur', '2026-02-15', ['2026-03-01', 'apaise']);
  await situation(m.id, 'espace_public_rixe', 'police', '2026-04-01', ['2026-04-05', 'resolu'], lieu.id);
  await situation(f.id, 'transport', 'transporteur', '2026-04-30');
  await situation(m.id, 'voisinage_bruit', 'habitant', '2026-04-20', ['2026-05-10', 'non_resolu']);
  await situation(f.id, 'usager_institution', 'ville', '2026-03-02', ['2026-03-05', 'oriente']);
  await situation(m.id, 'autre', 'autre', '2026-02-28', ['2026-02-28', 'abandon']);

  const signalement = (
    territoryId: string,
    categorie: Categorie,
    partnerId: string | null,
    observedAt: string,
    historique: Array<[Statut, string]> = [],
    placeId: string | null = null,
  ) =>
    buildSignalement(db, {
      structureId,
      territoryId,
      categorie,
      partnerId,
      placeId,
      observedAt: at(observedAt),
      historique: historique.map(([statut, iso]) => ({ statut, at: at(iso) })),
    });
  await signalement(m.id, 'proprete', alpha.id, '2026-03-01T00:10:00+01:00', [
    ['transmis', '2026-03-01T01:00:00+01:00'],
    ['pris_en_compte', '2026-03-01T11:00:00+01:00'],
    ['resolu', '2026-03-02T01:00:00+01:00'],
  ]);
  // Over the spring clock change: 22:00 CET → 04:00 CEST is 5 hours of real time.
  await signalement(f.id, 'eclairage', alpha.id, '2026-03-28T20:00:00+01:00', [
    ['transmis', '2026-03-28T22:00:00+01:00'],
    ['pris_en_compte', '2026-03-29T04:00:00+02:00'],
    ['resolu', '2026-03-30T22:00:00+02:00'],
  ]);
  // Solved without a « pris en compte » step: taken into account when solved.
  await signalement(
    m.id,
    'proprete',
    alpha.id,
    '2026-04-10T09:00:00+02:00',
    [
      ['transmis', '2026-04-10T10:00:00+02:00'],
      ['resolu', '2026-04-11T10:00:00+02:00'],
    ],
    lieu.id,
  );
  await signalement(f.id, 'encombrants', habitat.id, '2026-04-30T23:30:00+02:00', [
    ['transmis', '2026-05-01T00:30:00+02:00'],
  ]);
  await signalement(m.id, 'securite', null, '2026-04-01T12:00:00+02:00');
  await signalement(m.id, 'voirie', habitat.id, '2026-04-01T08:00:00+02:00', [
    ['transmis', '2026-04-01T09:00:00+02:00'],
    ['pris_en_compte', '2026-04-03T09:00:00+02:00'],
    ['rejete', '2026-04-04T09:00:00+02:00'],
  ]);
  await signalement(m.id, 'proprete', null, '2026-03-05T10:00:00+01:00', [
    ['doublon', '2026-03-05T11:00:00+01:00'],
  ]);
  await signalement(m.id, 'proprete', alpha.id, '2026-02-28T23:30:00+01:00', [
    ['transmis', '2026-02-28T23:40:00+01:00'],
    ['resolu', '2026-03-01T09:00:00+01:00'],
  ]);
  await signalement(m.id, 'proprete', null, '2026-05-01T00:10:00+02:00');

  // The other structure: one of each in the period, never counted for the first one.
  const o = d.other.id;
  const oTerr = { id: d.activiteAutre.territoryId };
  const oService = await buildAnnuaireService(db, {
    structureId: o,
    partnerId: (await buildPartenaire(db, { structureId: o })).id,
  });
  await buildDemande(db, {
    structureId: o,
    territoryId: oTerr.id,
    occurredAt: at('2026-03-10T10:00:00+01:00'),
    motifs: ['sante'],
    orientations: [{ serviceId: oService.id, statut: 'aboutie' }],
  });
  await buildSituation(db, {
    structureId: o,
    territoryId: oTerr.id,
    mediatorIds: [d.foreignMed.id],
    openedOn: '2026-03-10',
    status: 'cloturee',
    closedOn: '2026-03-12',
    outcome: 'resolu',
  });
  await buildSignalement(db, {
    structureId: o,
    territoryId: oTerr.id,
    observedAt: at('2026-03-10T10:00:00+01:00'),
  });
  return { alpha, habitat, corot, ancien };
}
