/**
 * Builders of records with sensible defaults that create missing parents. Tests and the demo
 * both use them, so the demo exercises the same paths as the tests.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '../../../domain/auth/roles';
import type { PartnerKind } from '../../../domain/partenaires/partenaire.schema';
import type { PlaceKind } from '../../../domain/territoires/territoire.schema';
import type { DbOrTx } from '../db/client';
import {
  partnerContacts,
  partners,
  partnerTerritories,
  places,
  sectors,
  territories,
  users,
  userTerritories,
} from '../db/schema';
import { findQpv } from '../features/referentiel/qpv.service';
import { insertStructure } from '../features/structures/structures.service';
import { hashPassword } from '../lib/password';

export async function buildStructure(db: DbOrTx, o: { nom?: string; slug?: string } = {}) {
  return insertStructure(db, o.nom ?? `Structure ${randomUUID().slice(0, 8)}`, o.slug);
}

export async function buildTerritoire(db: DbOrTx, o: { structureId?: string; qpvCode?: string } = {}) {
  const structureId = o.structureId ?? (await buildStructure(db)).id;
  const qpv = findQpv(o.qpvCode ?? 'QN01342I');
  if (!qpv) throw new Error(`unknown QPV ${o.qpvCode}`);
  const [row] = await db
    .insert(territories)
    .values({ structureId, qpvCode: qpv.code, nom: qpv.nom, communes: qpv.communes.map((c) => c.nom) })
    .returning();
  return row!;
}

/**
 * The territory `o.territoryId` (of structure `o.structureId`, taken on trust), or a new one in
 * structure `o.structureId` (itself new when not given).
 */
export async function territoryOf(db: DbOrTx, o: { territoryId?: string; structureId?: string }) {
  if (o.territoryId) return { id: o.territoryId, structureId: o.structureId! };
  return buildTerritoire(db, { structureId: o.structureId });
}

export async function buildSecteur(
  db: DbOrTx,
  o: { territoryId?: string; structureId?: string; nom?: string } = {},
) {
  const territory = await territoryOf(db, o);
  const [row] = await db
    .insert(sectors)
    .values({
      structureId: territory.structureId,
      territoryId: territory.id,
      nom: o.nom ?? `Secteur ${randomUUID().slice(0, 6)}`,
    })
    .returning();
  return row!;
}

export async function buildLieu(
  db: DbOrTx,
  o: {
    territoryId?: string;
    structureId?: string;
    sectorId?: string | null;
    nom?: string;
    kind?: PlaceKind;
    latitude?: number | null;
    longitude?: number | null;
    partnerId?: string | null;
  } = {},
) {
  const territory = await territoryOf(db, o);
  const [row] = await db
    .insert(places)
    .values({
      structureId: territory.structureId,
      territoryId: territory.id,
      sectorId: o.sectorId ?? null,
      nom: o.nom ?? `Lieu ${randomUUID().slice(0, 6)}`,
      kind: o.kind ?? 'residence',
      latitude: o.latitude ?? null,
      longitude: o.longitude ?? null,
      partnerId: o.partnerId ?? null,
    })
    .returning();
  return row!;
}

export async function buildPartenaire(
  db: DbOrTx,
  o: {
    structureId?: string;
    nom?: string;
    kind?: PartnerKind;
    email?: string | null;
    territoryIds?: string[];
    contacts?: Array<{ nom: string; fonction?: string; email?: string; telephone?: string }>;
  } = {},
) {
  const structureId = o.structureId ?? (await buildStructure(db)).id;
  const [row] = await db
    .insert(partners)
    .values({
      structureId,
      nom: o.nom ?? `Partenaire ${randomUUID().slice(0, 6)}`,
      kind: o.kind ?? 'association',
      email: o.email ?? null,
    })
    .returning();
  if (o.territoryIds?.length) {
    await db
      .insert(partnerTerritories)
      .values(o.territoryIds.map((territoryId) => ({ partnerId: row!.id, territoryId })));
  }
  if (o.contacts?.length) {
    await db.insert(partnerContacts).values(
      o.contacts.map((c) => ({
        structureId,
        partnerId: row!.id,
        nom: c.nom,
        fonction: c.fonction ?? null,
        email: c.email ?? null,
        telephone: c.telephone ?? null,
      })),
    );
  }
  return row!;
}

export const TEST_PASSWORD = 'mot-de-passe-de-test';

/** A user; with `password: null` the account has none yet (awaiting its one-time link). */
export async function buildUser(
  db: DbOrTx,
  o: {
    structureId?: string;
    email?: string;
    prenom?: string;
    nom?: string;
    role?: Role;
    partnerId?: string | null;
    territoryIds?: string[] | null;
    password?: string | null;
    isActive?: boolean;
  } = {},
) {
  const structureId = o.structureId ?? (await buildStructure(db)).id;
  const role = o.role ?? 'mediateur';
  const partnerId =
    role === 'partenaire'
      ? (o.partnerId ?? (await buildPartenaire(db, { structureId })).id)
      : (o.partnerId ?? null);
  const password = o.password === undefined ? TEST_PASSWORD : o.password;
  const [row] = await db
    .insert(users)
    .values({
      structureId,
      email: (o.email ?? `u-${randomUUID().slice(0, 8)}@test.trame.local`).toLowerCase(),
      prenom: o.prenom ?? 'Camille',
      nom: o.nom ?? 'Martin',
      role,
      partnerId,
      allTerritories: !o.territoryIds,
      passwordHash: password === null ? null : await hashPassword(password),
      isActive: o.isActive ?? true,
    })
    .returning();
  if (o.territoryIds?.length) {
    await db
      .insert(userTerritories)
      .values(o.territoryIds.map((territoryId) => ({ userId: row!.id, territoryId })));
  }
  return row!;
}
