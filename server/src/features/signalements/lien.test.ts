import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers';
import { linkIn, startSmtp } from '../../../test/smtp';
import { signInNew } from '../../../test/world';
import { buildPartenaire, buildStructure, buildTerritoire } from '../../factories/factories';
import { buildRegleRoutage } from '../../factories/signalements.factories';

const COROT = { latitude: 43.32589, longitude: 5.40493 };

describe('signed link for partners, e-mailed on transmission', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let med: Session;
  let partnerId: string;
  let sid: string;
  const capture = async (categorie = 'eclairage') =>
    (
      await med.post('/api/signalements', {
        id: randomUUID(),
        categorie,
        ...COROT,
        description: 'Hall B sans lumière',
      })
    ).json().signalement;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: 'Trame <trame@test.local>',
      TRAME_PUBLIC_URL: 'https://trame.example.org',
    });
    sid = (await buildStructure(t.db)).id;
    const tid = (await buildTerritoire(t.db, { structureId: sid, qpvCode: 'QN01342I' })).id;
    partnerId = (await buildPartenaire(t.db, { structureId: sid, nom: 'Ville', email: 'st@ville.test' })).id;
    await buildRegleRoutage(t.db, { structureId: sid, categorie: 'eclairage', territoryId: tid, partnerId });
    await buildRegleRoutage(t.db, { structureId: sid, categorie: 'voirie', territoryId: tid, partnerId });
    med = await signInNew(t, { structureId: sid });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('e-mails the partner a link that shows the one signalement and lets them resolve it without an account', async () => {
    const s = await capture();
    const mail = smtp.inbox.at(-1)!;
    expect(mail.to).toEqual(['st@ville.test']);
    expect(mail.raw).toMatch(/From: Trame <trame@test.local>/);
    const token = linkIn(mail.raw);
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain('https://trame.example.org/lien/signalement/');
    const seen = await t.app.inject({ method: 'GET', url: `/api/lien-signalement/${token}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      partenaireNom: 'Ville',
      signalement: { id: s.id, statut: 'transmis' },
    });
    const post = (statut: string, commentaire?: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/lien-signalement/${token}/statut`,
        payload: { statut, commentaire },
      });
    expect((await post('pris_en_compte')).statusCode).toBe(200);
    const done = await post('resolu', 'Réparé le jour même');
    expect(done.json().signalement.historique.at(-1)).toMatchObject({
      statut: 'resolu',
      par: 'Ville',
      via: 'lien',
      commentaire: 'Réparé le jour même',
    });
    expect((await post('transmis')).statusCode).toBe(400);
  });

  it('refuses a tampered link, one pointed at another signalement, and an expired one', async () => {
    const a = await capture();
    const tokenA = linkIn(smtp.inbox.at(-1)!.raw);
    const b = await capture('voirie');
    const [body, sig] = tokenA.split('.');
    // Layout: structure, signalement (16 bytes each), routing number, expiry (uint32 seconds).
    const raw = Buffer.from(body!, 'base64url');
    expect(raw.subarray(16, 32).toString('hex')).toBe(a.id.replaceAll('-', ''));
    const swapped = Buffer.concat([
      raw.subarray(0, 16),
      Buffer.from(b.id.replaceAll('-', ''), 'hex'),
      raw.subarray(32),
    ]);
    const forged = `${swapped.toString('base64url')}.${sig}`;
    const r1 = await t.app.inject({ method: 'GET', url: `/api/lien-signalement/${forged}` });
    expect(r1.statusCode).toBe(403);
    expect(r1.json().error.message).toMatch(/invalide/);
    const flipped = `${body}.${sig!.slice(0, -2)}${sig!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await t.app.inject({ method: 'GET', url: `/api/lien-signalement/${flipped}` })).statusCode).toBe(
      403,
    );
    const later = Buffer.from(raw);
    later.writeUInt32BE(raw.readUInt32BE(36) + 86_400 * 365, 36);
    const longer = `${later.toString('base64url')}.${sig}`;
    expect((await t.app.inject({ method: 'GET', url: `/api/lien-signalement/${longer}` })).statusCode).toBe(
      403,
    );
    const write = await t.app.inject({
      method: 'POST',
      url: `/api/lien-signalement/${forged}/statut`,
      payload: { statut: 'resolu' },
    });
    expect(write.statusCode).toBe(403);
    expect((await med.get(`/api/signalements/${b.id}`)).json().statut).toBe('transmis');

    t.clock.now = new Date(Date.now() + 31 * 86_400_000);
    const expired = await t.app.inject({ method: 'GET', url: `/api/lien-signalement/${tokenA}` });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.message).toMatch(/expiré/);
    t.clock.now = new Date();
  });

  it('a link is void once the signalement is sent to another partner', async () => {
    const a = await capture();
    const token = linkIn(smtp.inbox.at(-1)!.raw);
    const coord = await signInNew(t, { structureId: sid, role: 'coordinateur' });
    const other = await buildPartenaire(t.db, { structureId: sid, email: null });
    const moved = await coord.post(`/api/signalements/${a.id}/transmission`, { partenaireId: other.id });
    expect(moved.statusCode).toBe(200);
    const r = await t.app.inject({ method: 'GET', url: `/api/lien-signalement/${token}` });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.message).toMatch(/autre partenaire/);
  });

  it('a link belongs to one routing: A → B → A does not revive the first link, nor does a re-send to A', async () => {
    const a = await capture();
    const first = linkIn(smtp.inbox.at(-1)!.raw);
    const coord = await signInNew(t, { structureId: sid, role: 'coordinateur' });
    const other = await buildPartenaire(t.db, { structureId: sid, email: 'b@bailleur.test' });
    const read = (token: string) => t.app.inject({ method: 'GET', url: `/api/lien-signalement/${token}` });
    expect((await read(first)).statusCode).toBe(200);
    expect(
      (await coord.post(`/api/signalements/${a.id}/transmission`, { partenaireId: other.id })).statusCode,
    ).toBe(200);
    const toB = linkIn(smtp.inbox.at(-1)!.raw);
    expect((await read(toB)).json().partenaireNom).toBe(other.nom);
    expect(
      (await coord.post(`/api/signalements/${a.id}/transmission`, { partenaireId: partnerId })).statusCode,
    ).toBe(200);
    const back = linkIn(smtp.inbox.at(-1)!.raw);
    expect(back).not.toBe(first);
    const revived = await read(first);
    expect(revived.statusCode).toBe(403);
    expect(revived.json().error.message).toMatch(/ne vaut plus/);
    expect((await read(toB)).statusCode).toBe(403);
    const write = await t.app.inject({
      method: 'POST',
      url: `/api/lien-signalement/${first}/statut`,
      payload: { statut: 'pris_en_compte' },
    });
    expect(write.statusCode).toBe(403);
    expect((await read(back)).json().partenaireNom).toBe('Ville');
    // Sent again to the same partner: a new routing too, the previous link dies.
    expect(
      (await coord.post(`/api/signalements/${a.id}/transmission`, { partenaireId: partnerId })).statusCode,
    ).toBe(200);
    expect((await read(back)).statusCode).toBe(403);
    expect((await read(linkIn(smtp.inbox.at(-1)!.raw))).statusCode).toBe(200);
  });

  it('accepts the exact token shape only: no suffix, padding, other spelling or whitespace', async () => {
    await capture();
    const token = linkIn(smtp.inbox.at(-1)!.raw);
    const read = (url: string) => t.app.inject({ method: 'GET', url: `/api/lien-signalement/${url}` });
    expect((await read(token)).statusCode).toBe(200);
    const [body, sig] = token.split('.') as [string, string];
    // The last character of a 54-character body carries 4 spare bits: a twin spelling decodes alike.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(body.at(-1)!);
    const twin = `${body.slice(0, -1)}${alphabet[last ^ 1]}.${sig}`;
    expect(Buffer.from(twin.split('.')[0]!, 'base64url')).toEqual(Buffer.from(body, 'base64url'));
    for (const bad of [
      `${token}.x`,
      `${token}.`,
      `${token}=`,
      `${body}=.${sig}`,
      `%20${token}`,
      twin,
      `${token}x`,
    ]) {
      const r = await read(bad);
      expect(r.statusCode, bad).toBe(403);
      expect(r.json().error.code).toBe('lien_invalide');
    }
  });

  it('serves the photos of its own signalement only', async () => {
    const a = await capture();
    const token = linkIn(smtp.inbox.at(-1)!.raw);
    const b = await capture('voirie');
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#445566' } })
      .jpeg()
      .toBuffer();
    const upload = (id: string) =>
      med.request({
        method: 'POST',
        url: `/api/signalements/${id}/photos`,
        payload: jpeg,
        headers: { 'content-type': 'image/jpeg' },
      });
    const mine = (await upload(a.id)).json();
    const theirs = (await upload(b.id)).json();
    const ok = await t.app.inject({ method: 'GET', url: `/api/lien-signalement/${token}/photos/${mine.id}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('image/jpeg');
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/lien-signalement/${token}/photos/${theirs.id}`,
    });
    expect(other.statusCode).toBe(404);
  });
});
