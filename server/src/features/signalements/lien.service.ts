import { createHmac } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../../../domain/errors';
import type { LienView, StatutChangeInput } from '../../../../domain/signalements/signalement.schema';
import type { Db, DbOrTx } from '../../db/client';
import { partners, signalementLinkKeys, signalements } from '../../db/schema';
import { randomSecret, safeEqual } from '../../lib/crypto';
import { reperesOf } from './reperes.service';
import { signalementDetail } from './signalements.load';
import { applyStatut } from './statut.service';

/** A partner's link works for 30 days after the transmission. */
export const LINK_TTL_DAYS = 30;

interface LinkPayload {
  /** structure (picks the key) */
  t: string;
  /** signalement */
  s: string;
  /** the routing the link was made for (`signalements.routing_seq`): any later routing voids it */
  r: number;
  /** expiry, seconds since the epoch */
  e: number;
}

async function keyOf(db: DbOrTx, structureId: string, create: boolean): Promise<string | null> {
  if (create)
    await db
      .insert(signalementLinkKeys)
      .values({ structureId, secret: randomSecret(32) })
      .onConflictDoNothing();
  const [row] = await db
    .select()
    .from(signalementLinkKeys)
    .where(eq(signalementLinkKeys.structureId, structureId));
  return row?.secret ?? null;
}

const mac = (secret: string, body: string) =>
  createHmac('sha256', secret).update(body).digest().subarray(0, 16).toString('base64url');

const uuidBytes = (id: string) => Buffer.from(id.replaceAll('-', ''), 'hex');
const bytesUuid = (b: Buffer) =>
  b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/**
 * The only accepted shape: 40 bytes of payload and a 16-byte MAC, base64url without padding.
 * Anything around it (`<token>.x`, padding, spaces) is refused before any lookup.
 */
export const LINK_TOKEN_RE = /^[A-Za-z0-9_-]{54}\.[A-Za-z0-9_-]{22}$/;

/** 2 uuids, the routing number and the expiry in 40 bytes: the token is 77 characters. */
function encode(p: LinkPayload): string {
  const tail = Buffer.alloc(8);
  tail.writeUInt32BE(p.r, 0);
  tail.writeUInt32BE(p.e, 4);
  return Buffer.concat([uuidBytes(p.t), uuidBytes(p.s), tail]).toString('base64url');
}
function decode(body: string): LinkPayload | null {
  const b = Buffer.from(body, 'base64url');
  // Canonical only: the spare bits of the last character must be zero, so one payload has one spelling.
  if (b.length !== 40 || b.toString('base64url') !== body) return null;
  return {
    t: bytesUuid(b.subarray(0, 16)),
    s: bytesUuid(b.subarray(16, 32)),
    r: b.readUInt32BE(32),
    e: b.readUInt32BE(36),
  };
}

/** HMAC-signed token scoped to one signalement and one of its routings, expiring. */
export async function signLink(
  db: DbOrTx,
  o: { structureId: string; signalementId: string; routingSeq: number },
  now: Date,
): Promise<string> {
  const body = encode({
    t: o.structureId,
    s: o.signalementId,
    r: o.routingSeq,
    e: Math.floor(now.getTime() / 1000) + LINK_TTL_DAYS * 86_400,
  });
  return `${body}.${mac((await keyOf(db, o.structureId, true))!, body)}`;
}

const invalid = () => new AppError('lien_invalide', 403, 'Ce lien est invalide ou a été modifié.');

/** Checks format, signature, expiry and that the signalement is still in the routing of the link. */
async function verify(db: DbOrTx, token: string, now: Date) {
  if (!LINK_TOKEN_RE.test(token)) throw invalid();
  const [body, sig] = token.split('.') as [string, string];
  const payload = decode(body);
  if (!payload) throw invalid();
  const secret = await keyOf(db, payload.t, false);
  if (!secret || !safeEqual(mac(secret, body), sig)) throw invalid();
  if (payload.e * 1000 < now.getTime())
    throw new AppError(
      'lien_expire',
      410,
      'Ce lien a expiré : demandez un nouvel envoi à la structure de médiation.',
    );
  const [row] = await db
    .select()
    .from(signalements)
    .where(and(eq(signalements.id, payload.s), eq(signalements.structureId, payload.t)));
  if (!row) throw notFound('Signalement');
  if (row.routingSeq !== payload.r || !row.partnerId)
    throw new AppError(
      'lien_invalide',
      403,
      'Ce signalement a été confié de nouveau (à vous ou à un autre partenaire) : ce lien ne vaut plus, utilisez le dernier lien reçu.',
    );
  const [partner] = await db.select().from(partners).where(eq(partners.id, row.partnerId));
  return { row, partner: partner!, payload };
}

export async function readByLink(db: Db, token: string, now: Date): Promise<LienView> {
  const { row, partner, payload } = await verify(db, token, now);
  return {
    partenaireNom: partner.nom,
    expireLe: new Date(payload.e * 1000).toISOString(),
    signalement: { ...(await signalementDetail(db, row)), reperes: await reperesOf(db, row) },
  };
}

/** The partner updates the status from the link, without an account. */
export async function changeByLink(
  db: Db,
  token: string,
  input: StatutChangeInput,
  now: Date,
  requestId: string,
): Promise<LienView> {
  return db.transaction(async (tx) => {
    const { row, partner, payload } = await verify(tx, token, now);
    const [locked] = await tx.select().from(signalements).where(eq(signalements.id, row.id)).for('update');
    const label = partner.nom;
    const signalement = await applyStatut(
      tx,
      locked!,
      input,
      {
        who: 'partenaire',
        userId: null,
        label,
        via: 'lien',
        audit: {
          structureId: row.structureId,
          actorUserId: null,
          actorLabel: `partenaire:${partner.id}`,
          channel: 'lien',
          requestId,
        },
      },
      now,
    );
    return { partenaireNom: partner.nom, expireLe: new Date(payload.e * 1000).toISOString(), signalement };
  });
}

/** Whether a photo belongs to the signalement of the link (for the photo route). */
export async function signalementIdOfLink(db: Db, token: string, now: Date): Promise<string> {
  return (await verify(db, token, now)).row.id;
}
