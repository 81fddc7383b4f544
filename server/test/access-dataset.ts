/**
 * The dataset of the access matrix and the fuzz test: two structures, every role, one partner of
 * each kind, and one record of every kind the routes take an id of, all in structure A's
 * territory T1 and addressed to its bailleur. Built with the factories and, where a record is
 * only made by the service (photos, diagnostics, tokens), through the API as its author.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { ROLES } from '../../domain/auth/roles';
import { PARTNER_KINDS, type PartnerKind } from '../../domain/partenaires/partenaire.schema';
import { parisDate } from '../../domain/time/paris';
import { consentements } from '../src/db/schema';
import { buildAnnuaireService, buildDemande, buildPersonne } from '../src/factories/accueil.factories';
import { buildConvention } from '../src/factories/conventions.factories';
import {
  buildLieu,
  buildPartenaire,
  buildSecteur,
  buildStructure,
  buildTerritoire,
  buildUser,
} from '../src/factories/factories';
import {
  buildOpen311Key,
  buildRegleRoutage,
  buildSignalement,
} from '../src/factories/signalements.factories';
import { buildPartie, buildSituation } from '../src/factories/situations.factories';
import { activiteBody, buildActivite } from '../src/features/main-courante/main-courante.factories';
import { signLink } from '../src/features/signalements/lien.service';
import { login, type Session, type TestApp } from './helpers';
import { sampleValue } from './route-inputs';
import { walkRoutes } from './route-walker';

/** Who calls: a session, a bearer token, or nobody. */
export type Identity =
  | { kind: 'anonymous' }
  | { kind: 'session'; session: Session }
  | { kind: 'token'; secret: string };

/** The fixed clock of the dataset: every probe sees the same "now". */
export const DATASET_NOW = new Date('2026-06-15T10:00:00Z');

const STAFF_ROLES = ['admin', 'coordinateur', 'direction', 'mediateur', 'lecteur'] as const;

async function ok(res: { statusCode: number; body: string }, what: string) {
  if (res.statusCode >= 300) throw new Error(`dataset: ${what} answered ${res.statusCode} ${res.body}`);
  return JSON.parse(res.body || '{}');
}

export async function seedAccessDataset(t: TestApp) {
  t.clock.now = DATASET_NOW;
  const db = t.db;
  const structureA = await buildStructure(db, { nom: 'Structure A' });
  const structureId = structureA.id;
  const t1 = await buildTerritoire(db, { structureId, qpvCode: 'QN01342I' });
  const t2 = await buildTerritoire(db, { structureId, qpvCode: 'QN01344M' });
  const secteur = await buildSecteur(db, { structureId, territoryId: t1.id });

  const partners = {} as Record<PartnerKind, string>;
  for (const kind of PARTNER_KINDS)
    partners[kind] = (await buildPartenaire(db, { structureId, kind, territoryIds: [t1.id] })).id;
  const bailleur = partners.bailleur;
  const lieu = await buildLieu(db, {
    structureId,
    territoryId: t1.id,
    sectorId: secteur.id,
    partnerId: bailleur,
    latitude: 43.32589,
    longitude: 5.40493,
  });

  const users: Record<string, { id: string; email: string }> = {};
  for (const role of STAFF_ROLES.filter((r) => ROLES.includes(r)))
    users[role] = await buildUser(db, {
      structureId,
      role,
      territoryIds: role === 'mediateur' ? [t1.id] : null,
    });
  users['mediateur-t2'] = await buildUser(db, { structureId, territoryIds: [t2.id] });
  for (const kind of PARTNER_KINDS)
    users[`partenaire-${kind}`] = await buildUser(db, {
      structureId,
      role: 'partenaire',
      partnerId: partners[kind],
    });
  const otherStructureId = (await buildStructure(db, { nom: 'Structure B' })).id;
  await buildTerritoire(db, { structureId: otherStructureId, qpvCode: 'QN01342I' });
  users['admin-autre-structure'] = await buildUser(db, { structureId: otherStructureId, role: 'admin' });
  const med = users.mediateur!.id;

  const situation = await buildSituation(db, {
    structureId,
    territoryId: t1.id,
    mediatorIds: [med],
    placeId: lieu.id,
    referrerPartnerId: bailleur,
    openedOn: '2026-06-01',
  });
  const partie = await buildPartie(db, {
    structureId,
    situationId: situation.id,
    consent: 'accorde',
    consentOn: '2026-06-01',
  });
  const partie2 = await buildPartie(db, {
    structureId,
    situationId: situation.id,
    role: 'mis_en_cause',
    label: 'Ménage B',
    consent: 'accorde',
    consentOn: '2026-06-01',
  });
  const signalement = await buildSignalement(db, {
    structureId,
    territoryId: t1.id,
    placeId: lieu.id,
    partnerId: bailleur,
    latitude: 43.32589,
    longitude: 5.40493,
    observedAt: new Date('2026-06-01T08:00:00Z'),
    historique: [{ statut: 'transmis', at: new Date('2026-06-01T09:00:00Z') }],
  });
  const signalement2 = await buildSignalement(db, {
    structureId,
    territoryId: t1.id,
    observedAt: new Date('2026-06-02T08:00:00Z'),
  });
  const regle = await buildRegleRoutage(db, {
    structureId,
    categorie: 'encombrants',
    partnerId: bailleur,
    territoryId: t1.id,
  });
  const open311Key = await buildOpen311Key(db, { structureId });
  const lienToken = await signLink(
    db,
    { structureId, signalementId: signalement.id, routingSeq: signalement.routingSeq },
    DATASET_NOW,
  );
  const service = await buildAnnuaireService(db, {
    structureId,
    partnerId: bailleur,
    qpvCodes: [t1.qpvCode],
  });
  const personne = await buildPersonne(db, {
    structureId,
    territoryId: t1.id,
    consent: { partagePartenaires: true },
    createdBy: med,
  });
  const doublon = await buildPersonne(db, { structureId, territoryId: t1.id, createdBy: med });
  const [consent] = await db.select().from(consentements).where(eq(consentements.personneId, personne.id));
  const { demande, orientationIds } = await buildDemande(db, {
    structureId,
    territoryId: t1.id,
    occurredAt: new Date('2026-06-02T10:00:00Z'),
    motifs: ['logement-hebergement'],
    orientations: [{ serviceId: service.id }],
    createdBy: med,
  });
  const convention = await buildConvention(db, {
    structureId,
    partnerId: partners.ville,
    createdBy: users.direction!.id,
    territoryIds: [t1.id],
  });

  const sessions: Record<string, Session> = {};
  for (const [name, u] of Object.entries(users)) sessions[name] = await login(t.app, u.email);
  const medSession = sessions.mediateur!;
  const admin = sessions.admin!;

  const activite = activiteBody({ territoireId: t1.id, mediateurIds: [med] });
  const observationId = randomUUID();
  await ok(
    await medSession.post('/api/activites', {
      ...activite,
      observations: [{ id: observationId, kind: 'tension', note: 'Tension au pied de la tour.' }],
    }),
    'activity',
  );
  const contactId = (activite.contacts as Array<{ id: string }>)[0]!.id;
  const closedActivite = await buildActivite(db, { structureId, territoryId: t1.id, createdBy: med });
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#00aa00' } })
    .png()
    .toBuffer();
  const photo = await ok(
    await medSession.request({
      method: 'POST',
      url: `/api/signalements/${signalement.id}/photos`,
      headers: { 'content-type': 'image/png' },
      payload: png,
    }),
    'photo',
  );
  const diagnosticId = randomUUID();
  await ok(
    await medSession.post('/api/signalements/diagnostics', {
      id: diagnosticId,
      territoireId: t1.id,
      date: '2026-06-01',
      titre: 'Diagnostic Corot',
      nbHabitants: 4,
    }),
    'diagnostic',
  );
  const declaration = await ok(
    await medSession.post('/api/declarations-impartialite', { kind: 'meme_residence', lieuId: lieu.id }),
    'declaration',
  );
  await ok(
    await medSession.post(`/api/situations/${situation.id}/accord`, {
      texte: 'Les deux ménages conviennent d’horaires de calme.',
      date: '2026-06-05',
      partieIds: [partie.id, partie2.id],
    }),
    'agreement',
  );
  const creneau = await ok(
    await sessions.coordinateur!.post('/api/planning/creneaux', {
      id: randomUUID(),
      type: 'permanence',
      debut: '2026-06-10T09:00:00+02:00',
      fin: '2026-06-10T12:00:00+02:00',
      mediateurIds: [med],
      territoireId: t1.id,
    }),
    'planning shift',
  );
  const action = await ok(
    await medSession.post('/api/actions', {
      id: randomUUID(),
      type: 'atelier',
      titre: 'Atelier cuisine',
      debut: '2026-06-12T14:00:00+02:00',
      fin: '2026-06-12T16:00:00+02:00',
      territoireId: t1.id,
      mediateurIds: [med],
      public: true,
    }),
    'collective action',
  );
  const absence = await ok(
    await medSession.post('/api/planning/absences', {
      id: randomUUID(),
      mediateurId: med,
      type: 'conge',
      debut: '2026-06-15T00:00:00+02:00',
      fin: '2026-06-20T00:00:00+02:00',
    }),
    'absence',
  );
  const flux = await ok(await medSession.get('/api/planning/flux'), 'calendar feed');
  const fluxToken = /\/flux\/([^/.]+)\.ics$/.exec(flux.personnel as string)![1]!;
  const consigne = await ok(
    await medSession.post('/api/planning/consignes', {
      id: randomUUID(),
      texte: 'Tension hall B, passer en binôme.',
      territoireId: t1.id,
      jusquau: parisDate(DATASET_NOW),
    }),
    'handover note',
  );
  const alerte = await ok(
    await medSession.post('/api/alertes', {
      id: randomUUID(),
      niveau: 'assistance',
      latitude: null,
      longitude: null,
    }),
    'alert',
  );
  const projet = await ok(
    await medSession.post('/api/projets', {
      id: randomUUID(),
      titre: 'Repair café',
      territoireId: t1.id,
      partenaireIds: [bailleur],
      personneIds: [personne.id],
    }),
    'residents’ project',
  );
  const etapeProjet = await ok(
    await medSession.post(`/api/projets/${projet.id}/etapes`, {
      id: randomUUID(),
      date: '2026-06-03',
      kind: 'rencontre',
      heures: 1.5,
      mediateurIds: [med],
    }),
    'project step',
  );
  const financement = await ok(
    await sessions.coordinateur!.post(`/api/projets/${projet.id}/financements`, {
      id: randomUUID(),
      financeur: 'Fondation de France',
      montantSollicite: 1200,
      date: '2026-06-04',
    }),
    'project funding',
  );
  // The admin's own token, its body made from the route's schema so that it follows the schema.
  const tokenRoute = walkRoutes(t.app).find((r) => r.key === 'POST /api/jetons')!;
  const tokenBody = sampleValue(tokenRoute.body!, '', { admin: users.admin!.id } as DatasetIds) as object;
  const token = await ok(
    await admin.post('/api/jetons', { ...tokenBody, nom: 'Jeton de la matrice' }),
    'API token',
  );

  const identities: Record<string, Identity> = { anonyme: { kind: 'anonymous' } };
  for (const role of STAFF_ROLES)
    if (sessions[role]) identities[role] = { kind: 'session', session: sessions[role]! };
  identities['mediateur-t2'] = { kind: 'session', session: sessions['mediateur-t2']! };
  identities['jeton-admin'] = { kind: 'token', secret: token.secret as string };
  identities['admin-autre-structure'] = { kind: 'session', session: sessions['admin-autre-structure']! };
  for (const kind of PARTNER_KINDS)
    identities[`partenaire-${kind}`] = { kind: 'session', session: sessions[`partenaire-${kind}`]! };

  return {
    identities,
    /** Real ids, by the name the route walker asks for. */
    ids: {
      structureId,
      /** Structure A's public agenda (`structure-a`). */
      slug: structureA.slug,
      territoire: t1.id,
      territoire2: t2.id,
      secteur: secteur.id,
      lieu: lieu.id,
      partenaire: bailleur,
      partenaireVille: partners.ville,
      utilisateur: med,
      admin: users.admin!.id,
      jeton: token.id as string,
      declaration: declaration.id as string,
      situation: situation.id,
      partie: partie.id,
      partie2: partie2.id,
      diagnostic: diagnosticId,
      signalement: signalement.id,
      signalement2: signalement2.id,
      regle: regle.id,
      photo: photo.id as string,
      lienToken,
      open311Key: open311Key.id,
      open311Secret: open311Key.key,
      activite: activite.id,
      activiteTerminee: closedActivite.id,
      contact: contactId,
      observation: observationId,
      service: service.id,
      personne: personne.id,
      doublon: doublon.id,
      consentement: consent!.id,
      demande: demande.id,
      orientation: orientationIds[0]!,
      convention: convention.id,
      creneau: creneau.id as string,
      action: action.id as string,
      absence: absence.id as string,
      fluxToken,
      alerte: alerte.id as string,
      consigne: consigne.id as string,
      projet: projet.id as string,
      etapeProjet: etapeProjet.id as string,
      financement: financement.id as string,
      /** A well-formed id of no session: a user closes only their own, so everyone gets 404. */
      session: '0'.repeat(32),
      /** The dataset's Paris day. */
      jour: parisDate(DATASET_NOW),
      adminEmail: users.admin!.email,
      mediateurEmail: users.mediateur!.email,
      png,
    },
  };
}

export type AccessDataset = Awaited<ReturnType<typeof seedAccessDataset>>;
export type DatasetIds = AccessDataset['ids'];
