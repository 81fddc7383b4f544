import { randomUUID } from 'node:crypto';
import type { Categorie, Statut } from '../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../db/client';
import { open311Keys, routingRules, signalementStatuts, signalements } from '../db/schema';
import { sha256 } from '../lib/crypto';

/** A signalement with its history; `historique` lists the status changes after `nouveau`. */
export async function buildSignalement(
  db: DbOrTx,
  o: {
    structureId: string;
    territoryId: string;
    categorie?: Categorie;
    placeId?: string | null;
    partnerId?: string | null;
    latitude?: number | null;
    longitude?: number | null;
    qpvCode?: string | null;
    description?: string | null;
    descriptionInterne?: boolean;
    observedAt?: Date;
    historique?: Array<{ statut: Statut; at: Date }>;
  },
) {
  const observedAt = o.observedAt ?? new Date();
  const hist = o.historique ?? [];
  const last = hist.at(-1);
  const transmis = hist.find((h) => h.statut === 'transmis');
  const [row] = await db
    .insert(signalements)
    .values({
      id: randomUUID(),
      structureId: o.structureId,
      territoryId: o.territoryId,
      placeId: o.placeId ?? null,
      partnerId: o.partnerId ?? null,
      latitude: o.latitude ?? null,
      longitude: o.longitude ?? null,
      qpvCode: o.qpvCode ?? null,
      categorie: o.categorie ?? 'proprete',
      description: o.description ?? null,
      descriptionInterne: o.descriptionInterne ?? false,
      statut: last?.statut ?? 'nouveau',
      routage: o.partnerId ? 'regle_territoire' : 'coordination',
      observedAt,
      transmittedAt: transmis?.at ?? null,
      createdAt: observedAt,
      updatedAt: last?.at ?? observedAt,
    })
    .returning();
  await db.insert(signalementStatuts).values(
    [{ statut: 'nouveau' as Statut, at: observedAt }, ...hist].map((h) => ({
      signalementId: row!.id,
      statut: h.statut,
      at: h.at,
      byLabel: 'Camille Martin',
      via: 'application',
    })),
  );
  return row!;
}

export async function buildRegleRoutage(
  db: DbOrTx,
  o: { structureId: string; categorie: Categorie; partnerId: string; territoryId?: string; placeId?: string },
) {
  const [row] = await db
    .insert(routingRules)
    .values({
      structureId: o.structureId,
      categorie: o.categorie,
      partnerId: o.partnerId,
      territoryId: o.territoryId ?? null,
      placeId: o.placeId ?? null,
    })
    .returning();
  return row!;
}

/** An Open311 key; the clear key is returned once, only its hash is stored. */
export async function buildOpen311Key(db: DbOrTx, o: { structureId: string; key?: string; label?: string }) {
  const key = o.key ?? `o311_${randomUUID().replaceAll('-', '')}`;
  const [row] = await db
    .insert(open311Keys)
    .values({ structureId: o.structureId, label: o.label ?? 'Clé de test', keyHash: sha256(key) })
    .returning();
  return { ...row!, key };
}
