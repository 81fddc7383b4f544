import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../domain/auth/roles';
import { login, type Session } from '../../../test/helpers';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { auditLog, situationAgreements } from '../../db/schema';
import { buildPartenaire, buildTerritoire, buildUser } from '../../factories/factories';
import { buildPartie, buildSituation } from '../../factories/situations.factories';

const EXISTENCE = ['accesNotes', 'id', 'kind', 'qpvCode', 'statut', 'territoireId'];
const REFERRER = [...EXISTENCE, 'dateSaisine'];
const FULL = [
  ...EXISTENCE,
  'accord',
  'dateSaisine',
  'dateSuivi',
  'description',
  'etapes',
  'issue',
  'liens',
  'lieuId',
  'mediateurs',
  'partenaireSaisissantId',
  'parties',
  'saisinePar',
  'suiviEnRetard',
].sort();

describe('situations: confidentiality matrix through the API', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId, territoryId: t1 } = await buildSite(t.db);
    const t2 = (await buildTerritoire(t.db, { structureId, qpvCode: 'QN01344M' })).id;
    const bailleur = await buildPartenaire(t.db, { structureId, kind: 'bailleur' });
    const ville = await buildPartenaire(t.db, { structureId, kind: 'ville' });
    const user = async (key: string, role: Role, o: Parameters<typeof buildUser>[1] = {}) => {
      const u = await buildUser(t.db, { structureId, role, ...o });
      as[key] = await login(t.app, u.email);
      return u;
    };
    const assigned = await user('assigned mediator', 'mediateur', { territoryIds: [t1] });
    await user('other mediator', 'mediateur', { territoryIds: [t1] });
    await user('mediator of another QPV', 'mediateur', { territoryIds: [t2] });
    await user('coordinator', 'coordinateur');
    await user('direction', 'direction');
    await user('admin', 'admin');
    await user('reader', 'lecteur');
    await user('referring partner', 'partenaire', { partnerId: bailleur.id });
    await user('other partner', 'partenaire', { partnerId: ville.id });
    as['other structure'] = await signInNew(t, { role: 'coordinateur' });

    const make = async (share: boolean) => {
      const s = await buildSituation(t.db, {
        structureId,
        territoryId: t1,
        mediatorIds: [assigned.id],
        referrerPartnerId: bailleur.id,
        status: 'cloturee',
        outcome: 'apaise',
        openedOn: '2026-01-05',
      });
      const a = await buildPartie(t.db, {
        structureId,
        situationId: s.id,
        shareOutcome: share,
        consent: 'accorde',
        consentOn: '2026-01-06',
      });
      const b = await buildPartie(t.db, {
        structureId,
        situationId: s.id,
        role: 'mis_en_cause',
        label: 'Ménage B',
        shareOutcome: true,
        consent: 'accorde',
        consentOn: '2026-01-06',
      });
      await t.db.insert(situationAgreements).values({
        structureId,
        situationId: s.id,
        text: 'Pas de musique après 22 h en semaine.',
        day: '2026-01-20',
        partyIds: [a.id, b.id],
        followUpOn: '2026-02-17',
      });
      return s.id;
    };
    const situationId = await make(false);
    const sharedId = await make(true);
    return { structureId, situationId, sharedId };
  });
  const as: Record<string, Session> = {};

  const expected: Record<string, { detail: number; keys?: string[]; notes: number; listed: boolean }> = {
    'assigned mediator': { detail: 200, keys: FULL, notes: 200, listed: true },
    'other mediator': { detail: 200, keys: EXISTENCE, notes: 403, listed: true },
    'mediator of another QPV': { detail: 404, notes: 404, listed: false },
    coordinator: { detail: 200, keys: FULL, notes: 200, listed: true },
    direction: { detail: 200, keys: FULL, notes: 200, listed: true },
    admin: { detail: 200, keys: EXISTENCE, notes: 403, listed: true },
    reader: { detail: 200, keys: EXISTENCE, notes: 403, listed: true },
    'referring partner': { detail: 200, keys: REFERRER, notes: 403, listed: true },
    'other partner': { detail: 404, notes: 404, listed: false },
    'other structure': { detail: 404, notes: 404, listed: false },
  };

  for (const [who, e] of Object.entries(expected)) {
    it(`${who}: detail ${e.detail}, notes ${e.notes}, exactly the allowed fields`, async () => {
      const detail = await as[who]!.get(`/api/situations/${w.situationId}`);
      expect(detail.statusCode).toBe(e.detail);
      if (e.keys) expect(Object.keys(detail.json()).sort()).toEqual([...e.keys].sort());
      if (e.keys === FULL) expect(detail.json().etapes[0].note).toMatch(/gardien/);
      expect((await as[who]!.get(`/api/situations/${w.situationId}/etapes`)).statusCode).toBe(e.notes);
      expect((await as[who]!.get(`/api/situations/${w.situationId}/accord.pdf`)).statusCode).toBe(e.notes);
      const list = (await as[who]!.get('/api/situations?ouvertes=false')).json().items as Array<{
        id: string;
      }>;
      expect(list.some((s) => s.id === w.situationId)).toBe(e.listed);
    });
  }

  it('partners get a French 403 on notes, saying they are never shared', async () => {
    const res = await as['referring partner']!.get(`/api/situations/${w.situationId}/etapes`);
    expect(res.json().error.message).toMatch(/jamais communiquées aux partenaires/);
  });

  it('the referring partner sees the outcome only when every party consented to share it', async () => {
    expect(
      (await as['referring partner']!.get(`/api/situations/${w.situationId}`)).json().issue,
    ).toBeUndefined();
    const shared = (await as['referring partner']!.get(`/api/situations/${w.sharedId}`)).json();
    expect(shared).toMatchObject({ statut: 'cloturee', issue: 'apaise' });
    expect(Object.keys(shared).sort()).toEqual([...REFERRER, 'issue'].sort());
    const listed = (await as['referring partner']!.get('/api/situations?ouvertes=false')).json().items;
    expect(listed.find((s: { id: string }) => s.id === w.sharedId).issue).toBe('apaise');
    expect(listed.find((s: { id: string }) => s.id === w.situationId).issue).toBeUndefined();
  });

  it('lists show no notes and existence-only lines to other mediators', async () => {
    const line = (await as['other mediator']!.get('/api/situations?ouvertes=false')).json().items[0];
    // The QPV's name goes with its code; place, parties and steps stay behind their fields.
    expect(Object.keys(line).sort()).toEqual([...EXISTENCE, 'qpvNom'].sort());
    expect(line.qpvNom).toBeTruthy();
    const mine = (await as['assigned mediator']!.get('/api/situations?ouvertes=false')).json().items[0];
    expect(mine).not.toHaveProperty('description');
    expect(mine.mediateurs).toHaveLength(1);
    expect(mine).toHaveProperty('lieuNom');
    expect(Array.isArray(mine.partiesLibelles)).toBe(true);
    expect(mine).toHaveProperty('derniereEtape');
  });

  it('every read of notes is in the audit log, and existence reads are not', async () => {
    const reads = async (entityId: string) =>
      t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, 'read')));
    const before = (await reads(w.situationId)).length;
    await as.coordinator!.get(`/api/situations/${w.situationId}`);
    await as.coordinator!.get(`/api/situations/${w.situationId}/etapes`);
    await as['other mediator']!.get(`/api/situations/${w.situationId}`);
    await as['referring partner']!.get(`/api/situations/${w.situationId}`);
    expect((await reads(w.situationId)).length).toBe(before + 2);
  });

  it('other partners and structures cannot write either (404), other mediators get 403', async () => {
    const step = { kind: 'suivi', date: '2026-01-10', dureeMinutes: 10, mediateurIds: [] };
    expect(
      (await as['other structure']!.post(`/api/situations/${w.situationId}/reouverture`, { motif: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await as['other partner']!.post(`/api/situations/${w.situationId}/reouverture`, { motif: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await as['other mediator']!.post(`/api/situations/${w.situationId}/reouverture`, { motif: 'x' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await as['referring partner']!.post(`/api/situations/${w.situationId}/etapes`, step)).statusCode,
    ).toBe(400);
    expect(
      (await as['referring partner']!.post(`/api/situations/${w.situationId}/reouverture`, { motif: 'x' }))
        .statusCode,
    ).toBe(403);
  });
});
