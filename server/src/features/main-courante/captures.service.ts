/** Live capture in the street: contacts and observations, idempotent on the client's ids. */
import { and, eq } from 'drizzle-orm';
import { conflict, notFound } from '../../../../domain/errors';
import type { AuditEntityType } from '../../../../domain/journal/journal-labels';
import type {
  ContactCreateInput,
  ContactUpdateInput,
  ObservationCreateInput,
} from '../../../../domain/main-courante/activite.schema';
import type { ContactView, ObservationView } from '../../../../domain/main-courante/activite.views';
import type { DbOrTx } from '../../db/client';
import { auditActor, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { fingerprint, presentContact, presentObservation } from './activites.presenter';
import {
  assertEditable,
  assertPlacesInTerritory,
  ID_TAKEN,
  type LockedActivite,
  lockActivite,
  neutralOnCollision,
} from './activites.refs';
import type { Written } from './activites.service';
import { contacts, observations } from './main-courante.table';

type Child = typeof contacts | typeof observations;

/** The row of a child id already stored: a replay if it is under this activity, a collision otherwise. */
async function storedChild<T extends Child>(tx: DbOrTx, table: T, id: string, activiteId: string) {
  const [row] = await tx
    .select()
    .from(table as Child)
    .where(eq(table.id, id));
  if (row && row.activiteId !== activiteId) throw conflict(ID_TAKEN);
  return row;
}

/** Runs a capture write under the activity's row lock, so that review and capture never interleave. */
function onActivite<T>(
  ctx: ServiceContext,
  activiteId: string,
  fn: (tx: DbOrTx, a: LockedActivite) => Promise<T>,
): Promise<T> {
  return neutralOnCollision(() =>
    ctx.db.transaction(async (tx) => fn(tx, await lockActivite(tx, ctx.actor, activiteId))),
  );
}

const audit = (ctx: ServiceContext, entityType: AuditEntityType, entityId: string) => ({
  ...auditActor(ctx),
  entityType,
  entityId,
});

export function addContact(
  ctx: ServiceContext,
  activiteId: string,
  input: ContactCreateInput,
): Promise<Written<ContactView>> {
  return onActivite(ctx, activiteId, async (tx, a) => {
    const stored = await storedChild(tx, contacts, input.id, activiteId);
    if (stored) return { created: false, view: presentContact(stored as typeof contacts.$inferSelect) };
    assertEditable(ctx, a);
    await assertPlacesInTerritory(tx, ctx.actor, a.row.territoryId, [input.lieuId], 'lieuId');
    const { lieuId, heure, ...fields } = input;
    const [row] = await tx
      .insert(contacts)
      .values({
        ...fields,
        id: input.id,
        structureId: ctx.actor.structureId,
        activiteId,
        placeId: lieuId,
        heure: heure ? new Date(heure) : null,
        createdBy: ctx.actor.userId,
      })
      .returning();
    const { commentaire, ...summary } = fields;
    await writeAudit(tx, {
      ...audit(ctx, 'contact', row!.id),
      action: 'create',
      before: null,
      after: { activiteId, ...summary, lieuId, commentaire: fingerprint(commentaire) },
      notes: [commentaire],
    });
    return { created: true, view: presentContact(row!) };
  });
}

async function liveContact(tx: DbOrTx, activiteId: string, id: string) {
  const [row] = await tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, id), eq(contacts.activiteId, activiteId)));
  if (!row) throw notFound('Contact');
  return row;
}

const contactAudit = (c: typeof contacts.$inferSelect) => ({
  nature: c.nature,
  nbPersonnes: c.nbPersonnes,
  public: c.public,
  genre: c.genre,
  lieuId: c.placeId,
  commentaire: fingerprint(c.commentaire),
});

/** The stepper: adjusts count, public, genre (or nature) of a contact already logged. */
export function updateContact(
  ctx: ServiceContext,
  activiteId: string,
  id: string,
  input: ContactUpdateInput,
): Promise<ContactView> {
  return onActivite(ctx, activiteId, async (tx, a) => {
    const before = await liveContact(tx, activiteId, id);
    if (before.deletedAt) throw notFound('Contact');
    assertEditable(ctx, a);
    await assertPlacesInTerritory(tx, ctx.actor, a.row.territoryId, [input.lieuId], 'lieuId');
    const { lieuId, ...fields } = input;
    const [row] = await tx
      .update(contacts)
      .set({ ...fields, ...(lieuId !== undefined ? { placeId: lieuId } : {}), updatedAt: ctx.now() })
      .where(eq(contacts.id, id))
      .returning();
    await writeAudit(tx, {
      ...audit(ctx, 'contact', id),
      action: 'update',
      before: contactAudit(before),
      after: contactAudit(row!),
    });
    return presentContact(row!);
  });
}

/** Undoes a contact. The tombstone stays so that an offline replay of its creation does not bring it back. */
export function deleteContact(ctx: ServiceContext, activiteId: string, id: string): Promise<void> {
  return onActivite(ctx, activiteId, async (tx, a) => {
    const before = await liveContact(tx, activiteId, id);
    if (before.deletedAt) return;
    assertEditable(ctx, a);
    await tx.update(contacts).set({ deletedAt: ctx.now() }).where(eq(contacts.id, id));
    await writeAudit(tx, {
      ...audit(ctx, 'contact', id),
      action: 'delete',
      before: contactAudit(before),
      after: null,
    });
  });
}

export function addObservation(
  ctx: ServiceContext,
  activiteId: string,
  input: ObservationCreateInput,
): Promise<Written<ObservationView>> {
  return onActivite(ctx, activiteId, async (tx, a) => {
    const territoryId = a.row.territoryId;
    const stored = await storedChild(tx, observations, input.id, activiteId);
    if (stored) {
      return {
        created: false,
        view: presentObservation(stored as typeof observations.$inferSelect, territoryId),
      };
    }
    assertEditable(ctx, a);
    await assertPlacesInTerritory(tx, ctx.actor, territoryId, [input.lieuId], 'lieuId');
    const [row] = await tx
      .insert(observations)
      .values({
        id: input.id,
        structureId: ctx.actor.structureId,
        activiteId,
        kind: input.kind,
        placeId: input.lieuId,
        note: input.note,
        heure: input.heure ? new Date(input.heure) : null,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await writeAudit(tx, {
      ...audit(ctx, 'observation', row!.id),
      action: 'create',
      before: null,
      after: { activiteId, kind: input.kind, lieuId: input.lieuId, note: fingerprint(input.note) },
      notes: [input.note],
    });
    return { created: true, view: presentObservation(row!, territoryId) };
  });
}

export function deleteObservation(ctx: ServiceContext, activiteId: string, id: string): Promise<void> {
  return onActivite(ctx, activiteId, async (tx, a) => {
    const [before] = await tx
      .select()
      .from(observations)
      .where(and(eq(observations.id, id), eq(observations.activiteId, activiteId)));
    if (!before) throw notFound('Observation');
    if (before.deletedAt) return;
    assertEditable(ctx, a);
    await tx.update(observations).set({ deletedAt: ctx.now() }).where(eq(observations.id, id));
    await writeAudit(tx, {
      ...audit(ctx, 'observation', id),
      action: 'delete',
      before: { kind: before.kind, note: fingerprint(before.note) },
      after: null,
    });
  });
}
