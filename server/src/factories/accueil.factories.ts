/** Builders for the directory and the accueil records: tests and the demo share them. */
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Motif, OrientationStatut, ReponseType } from '../../../domain/accueil/accueil.taxonomies';
import type { ReponseInput } from '../../../domain/accueil/demande.schema';
import type { DbOrTx } from '../db/client';
import {
  annuaireServices,
  consentements,
  demandes,
  orientationEvents,
  orientations,
  personnes,
} from '../db/schema';
import { importDataInclusion } from '../features/annuaire/annuaire-import.service';
import { buildStructure, territoryOf } from './factories';

/** A data·inclusion v1 structure record. */
export const diStructure = (o: Record<string, unknown> = {}) => ({
  source: 'trame-test',
  id: `s-${randomUUID().slice(0, 8)}`,
  nom: 'Maison des services',
  date_maj: '2026-01-15',
  commune: 'Marseille',
  code_postal: '13013',
  code_insee: '13213',
  adresse: '1 avenue de Frais Vallon',
  telephone: '04 91 00 00 00',
  courriel: 'accueil@example.org',
  ...o,
});

/** A data·inclusion v1 service record. */
export const diService = (structureSourceId: string, o: Record<string, unknown> = {}) => ({
  source: 'trame-test',
  id: `sv-${randomUUID().slice(0, 8)}`,
  structure_id: structureSourceId,
  nom: 'Accès aux droits',
  description: 'Aide aux démarches administratives et à l’accès aux droits.',
  date_maj: '2026-01-15',
  thematiques: ['difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits'],
  publics: ['tous-publics'],
  commune: 'Marseille',
  code_insee: '13213',
  horaires_accueil: 'Mo-Fr 09:00-12:00,14:00-17:00',
  modes_accueil: ['en-presentiel'],
  ...o,
});

/** A directory service (and its structure), optionally linked to a partner and to QPV. */
export async function buildAnnuaireService(
  db: DbOrTx,
  o: {
    structureId?: string;
    partnerId?: string | null;
    qpvCodes?: string[];
    record?: Record<string, unknown>;
    structureRecord?: Record<string, unknown>;
  } = {},
) {
  const structureId = o.structureId ?? (await buildStructure(db)).id;
  const s = diStructure(o.structureRecord);
  const sv = diService(s.id, o.record);
  const report = await importDataInclusion(db, structureId, { structures: [s], services: [sv] }, new Date());
  if (report.rejets.length) throw new Error(`invalid test record: ${JSON.stringify(report.rejets)}`);
  const [row] = await db
    .update(annuaireServices)
    .set({ partnerId: o.partnerId ?? null, qpvCodes: o.qpvCodes ?? [] })
    .where(eq(annuaireServices.sourceId, sv.id))
    .returning();
  return row!;
}

/** A person file; with `consent`, a consent is recorded (and identity may be set). */
export async function buildPersonne(
  db: DbOrTx,
  o: {
    structureId?: string;
    territoryId?: string;
    pseudonyme?: string;
    identite?: { prenom?: string; nom?: string; telephone?: string; email?: string };
    consent?: { partagePartenaires: boolean };
    createdBy?: string | null;
  } = {},
) {
  const territory = await territoryOf(db, o);
  const [row] = await db
    .insert(personnes)
    .values({
      id: randomUUID(),
      structureId: territory.structureId,
      territoryId: territory.id,
      pseudonyme: o.pseudonyme ?? `P-${randomUUID().slice(0, 4)}`,
      trancheAge: 'adulte',
      genre: 'non_precise',
      typeMenage: 'non_precise',
      residentQpv: 'oui',
      prenom: o.identite?.prenom ?? null,
      nom: o.identite?.nom ?? null,
      telephone: o.identite?.telephone ?? null,
      email: o.identite?.email ?? null,
      createdBy: o.createdBy ?? null,
    })
    .returning();
  if (o.consent) {
    await db.insert(consentements).values({
      structureId: territory.structureId,
      personneId: row!.id,
      givenOn: '2026-01-10',
      finalite: 'Suivi de l’orientation',
      mode: 'oral',
      partagePartenaires: o.consent.partagePartenaires,
      recordedBy: o.createdBy ?? null,
    });
  }
  return row!;
}

/**
 * A request written directly (no API), with its orientations at the given statuses (the last
 * change dated `statutAt`, the request's date by default) and their history.
 */
export async function buildDemande(
  db: DbOrTx,
  o: {
    structureId: string;
    territoryId: string;
    occurredAt: Date;
    motifs: Motif[];
    reponses?: Array<Exclude<ReponseType, 'orientation'>>;
    orientations?: Array<{ serviceId: string; statut?: OrientationStatut; statutAt?: Date }>;
    createdBy?: string | null;
  },
) {
  const services = o.orientations?.length
    ? await db
        .select({ id: annuaireServices.id, partnerId: annuaireServices.partnerId })
        .from(annuaireServices)
        .where(
          inArray(
            annuaireServices.id,
            o.orientations.map((x) => x.serviceId),
          ),
        )
    : [];
  const orients = (o.orientations ?? []).map((x) => ({ ...x, id: randomUUID() }));
  const reponses: ReponseInput[] = [
    ...(o.reponses ?? []).map(
      (type): ReponseInput =>
        type === 'aide_demarche' ? { type, portail: 'caf', autonomie: 'fait_avec' } : { type },
    ),
    ...orients.map(
      (x): ReponseInput => ({
        type: 'orientation',
        orientation: { id: x.id, serviceId: x.serviceId, note: null },
      }),
    ),
  ];
  const [demande] = await db
    .insert(demandes)
    .values({
      id: randomUUID(),
      structureId: o.structureId,
      territoryId: o.territoryId,
      occurredAt: o.occurredAt,
      canal: 'permanence',
      motifs: o.motifs,
      reponses,
      createdBy: o.createdBy ?? null,
    })
    .returning();
  for (const x of orients) {
    const statut = x.statut ?? 'proposee';
    const statutAt = x.statutAt ?? o.occurredAt;
    await db.insert(orientations).values({
      id: x.id,
      structureId: o.structureId,
      territoryId: o.territoryId,
      demandeId: demande!.id,
      serviceId: x.serviceId,
      partnerId: services.find((s) => s.id === x.serviceId)?.partnerId ?? null,
      statut,
      statutAt,
      createdAt: o.occurredAt,
    });
    await db.insert(orientationEvents).values([
      {
        structureId: o.structureId,
        orientationId: x.id,
        statut: 'proposee',
        at: o.occurredAt,
        byKind: 'structure',
      },
      ...(statut === 'proposee'
        ? []
        : [{ structureId: o.structureId, orientationId: x.id, statut, at: statutAt, byKind: 'structure' }]),
    ]);
  }
  return { demande: demande!, orientationIds: orients.map((x) => x.id) };
}
