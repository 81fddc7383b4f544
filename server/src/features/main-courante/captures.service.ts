/** Live capture in the street: contacts and observations, idempotent on the client's ids. */
import { and, eq, inArray } from 'drizzle-orm';
import { AppError, conflict, notFound } from '../../../../domain/errors';
import type { AuditEntityType } from '../../../../domain/journal/journal-labels';
import type {
  ContactCreateInput,
  ContactUpdateInput,
  ObservationCreateInput,
} from '../../../../domain/main-courante/activite.schema';
import type { ContactView, ObservationView } from '../../../../domain/main-courante/activite.views';
import type { DbOrTx } from '../../db/client';
import { auditActor, writeAudit, writeAudits } from '../../lib/audit-log';
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

/** One answer per contact of a lot, in order: the contact written (or replayed), or its refusal. */
export type ContactResult = Written<ContactView> | AppError;

/** The refusal `check` throws, as a value (any other error still breaks the lot). */
async function refusalOf(check: () => unknown): Promise<AppError | null> {
  try {
    await check();
    return null;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
}

/**
 * Notes contacts of one activity, under one lock and one transaction (a single tap, or a run of
 * taps from the outbox's batch, ADR 036): an id already stored is a replay (200), an id stored
 * under another activity a conflict; each new one is checked as alone, then all are inserted and
 * audited in one statement each. A refusal is that contact's answer and never undoes the others.
 */
export function addContacts(
  ctx: ServiceContext,
  activiteId: string,
  inputs: ContactCreateInput[],
): Promise<ContactResult[]> {
  return onActivite(ctx, activiteId, async (tx, a) => {
    const ids = [...new Set(inputs.map((i) => i.id))];
    const stored = new Map(
      (await tx.select().from(contacts).where(inArray(contacts.id, ids))).map((r) => [r.id, r]),
    );
    const results: Array<ContactResult | undefined> = inputs.map((input) => {
      const row = stored.get(input.id);
      if (!row) return undefined;
      return row.activiteId === activiteId
        ? { created: false, view: presentContact(row) }
        : conflict(ID_TAKEN);
    });
    const fresh = new Map<string, number>();
    inputs.forEach((input, i) => {
      if (!results[i] && !fresh.has(input.id)) fresh.set(input.id, i);
    });
    if (fresh.size > 0) {
      const locked = await refusalOf(() => assertEditable(ctx, a));
      const placeRefusals = new Map<string | null | undefined, AppError | null>();
      for (const i of fresh.values()) {
        const lieuId = inputs[i]!.lieuId;
        if (locked || placeRefusals.has(lieuId)) continue;
        const check = () => assertPlacesInTerritory(tx, ctx.actor, a.row.territoryId, [lieuId], 'lieuId');
        placeRefusals.set(lieuId, await refusalOf(check));
      }
      const written: number[] = [];
      for (const i of fresh.values()) {
        const refusal = locked ?? placeRefusals.get(inputs[i]!.lieuId) ?? null;
        if (refusal) results[i] = refusal;
        else written.push(i);
      }
      if (written.length > 0) {
        const rows = await tx
          .insert(contacts)
          .values(
            written.map((i) => {
              const { lieuId, heure, ...fields } = inputs[i]!;
              return {
                ...fields,
                structureId: ctx.actor.structureId,
                activiteId,
                placeId: lieuId,
                heure: heure ? new Date(heure) : null,
                createdBy: ctx.actor.userId,
              };
            }),
          )
          .returning();
        const byId = new Map(rows.map((r) => [r.id, r]));
        await writeAudits(
          tx,
          written.map((i) => {
            // The same row as a single contact's always had (its id among the fields).
            const { lieuId, heure: _heure, commentaire, ...summary } = inputs[i]!;
            return {
              ...audit(ctx, 'contact', summary.id),
              action: 'create',
              before: null,
              after: { activiteId, ...summary, lieuId, commentaire: fingerprint(commentaire) },
              notes: [commentaire],
            };
          }),
        );
        for (const i of written)
          results[i] = { created: true, view: presentContact(byId.get(inputs[i]!.id)!) };
      }
    }
    // The same id twice in one lot: the second is a replay of the first.
    return inputs.map((input, i) => {
      const own = results[i];
      if (own) return own;
      const first = results[fresh.get(input.id)!]!;
      return first instanceof AppError ? first : { created: false, view: first.view };
    });
  });
}

/** Notes one contact (a tap in the street): the lot of one. */
export async function addContact(
  ctx: ServiceContext,
  activiteId: string,
  input: ContactCreateInput,
): Promise<Written<ContactView>> {
  const [result] = await addContacts(ctx, activiteId, [input]);
  if (result instanceof AppError) throw result;
  return result!;
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
