/** The structure's ProConnect settings (ADR 030): who sets them, what is checked, the secret write-only. */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { champsOf, login } from '../../../test/helpers';
import { useTestApp } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildStructure, buildUser } from '../../factories/factories';

const SECRET = 'secret-client-tres-confidentiel-42';
const reglages = (o: Record<string, unknown> = {}) => ({
  proconnect: {
    actif: true,
    issuer: 'https://auth.agentconnect.gouv.fr/api/v2',
    clientId: 'client-trame',
    clientSecret: SECRET,
    ...o,
  },
});

describe('ProConnect settings of the structure', () => {
  const t = useTestApp();

  async function signedIn(role: 'admin' | 'direction' | 'coordinateur') {
    const s = await buildStructure(t.db);
    return login(t.app, (await buildUser(t.db, { structureId: s.id, role })).email);
  }

  it('turns ProConnect on for admin and direction; the secret is never answered nor journaled', async () => {
    for (const role of ['admin', 'direction'] as const) {
      const admin = await signedIn(role);
      const res = await admin.patch('/api/structure', reglages());
      expect(res.statusCode).toBe(200);
      expect(res.json().proconnect).toEqual({
        actif: true,
        issuer: 'https://auth.agentconnect.gouv.fr/api/v2',
        clientId: 'client-trame',
        secretConfigure: true,
      });
      const get = await admin.get('/api/structure');
      expect(get.json().proconnect.secretConfigure).toBe(true);
      expect(get.body).not.toContain(SECRET);
      const id = get.json().id as string;
      const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityId, id));
      expect(JSON.stringify(rows)).not.toContain(SECRET);
      expect(rows.at(-1)?.diff).toMatchObject({ proconnectClientSecret: expect.any(String) }); // changed, value masked
      const journal = await admin.get('/api/journal');
      expect(journal.body).not.toContain(SECRET);
    }
  });

  it('keeps the stored secret when none is sent, and turns off without the fields', async () => {
    const admin = await signedIn('admin');
    await admin.patch('/api/structure', reglages());
    const again = await admin.patch(
      '/api/structure',
      reglages({ clientSecret: undefined, clientId: 'autre' }),
    );
    expect(again.statusCode).toBe(200);
    expect(again.json().proconnect).toMatchObject({ clientId: 'autre', secretConfigure: true });
    const off = await admin.patch('/api/structure', {
      proconnect: { actif: false, issuer: null, clientId: null },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().proconnect).toMatchObject({ actif: false, issuer: null, secretConfigure: true });
  });

  it('names each missing field, and refuses an issuer that is not https (or local http)', async () => {
    const admin = await signedIn('admin');
    const missing = await admin.patch('/api/structure', {
      proconnect: { actif: true, issuer: null, clientId: null },
    });
    expect(missing.statusCode).toBe(400);
    expect(champsOf(missing)).toEqual([
      'proconnect.issuer',
      'proconnect.clientId',
      'proconnect.clientSecret',
    ]);
    for (const issuer of ['http://auth.example.org', 'ftp://127.0.0.1', 'pas une adresse']) {
      const bad = await admin.patch('/api/structure', reglages({ issuer }));
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details[0].message).toMatch(/Adresse de l’émetteur invalide/);
    }
    expect(
      (await admin.patch('/api/structure', reglages({ issuer: 'http://127.0.0.1:4000' }))).statusCode,
    ).toBe(200);
  });

  it('is refused to coordination', async () => {
    const coord = await signedIn('coordinateur');
    const res = await coord.patch('/api/structure', reglages());
    expect(res.statusCode).toBe(403);
    expect((await coord.get('/api/structure')).json().proconnect.actif).toBe(false);
  });
});
