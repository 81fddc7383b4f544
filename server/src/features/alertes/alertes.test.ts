import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { login, type Session } from '../../../test/helpers';
import { openSse } from '../../../test/sse-client';
import { buildSite, useWorld } from '../../../test/world';
import { buildPartenaire, buildUser } from '../../factories/factories';
import { relanceEtCourriel } from './alertes.job';

/** Issue 13, part 7, on one instance (both engines): send, receive, take in charge, close, incidents. */
describe('lone-worker alerts', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const { structureId: sid, territoryId: qpv } = await buildSite(t.db);
    for (const [k, prenom, nom, role] of [
      ['karim', 'Karim', 'Benali', 'mediateur'],
      ['lea', 'Léa', 'Martin', 'mediateur'],
      ['sami', 'Sami', 'Diallo', 'mediateur'],
      ['coord', 'Nora', 'Kaci', 'coordinateur'],
    ] as const) {
      const u = await buildUser(t.db, { structureId: sid, prenom, nom, role, email: `${k}@alertes.test` });
      id[k] = u.id;
      s[k] = await login(t.app, u.email);
    }
    const p = await buildPartenaire(t.db, { structureId: sid });
    await buildUser(t.db, { structureId: sid, role: 'partenaire', partnerId: p.id, email: 'p@alertes.test' });
    s.partner = await login(t.app, 'p@alertes.test');
    await buildUser(t.db, { role: 'coordinateur', email: 'autre@alertes.test' });
    s.other = await login(t.app, 'autre@alertes.test');
    // Karim and Léa are on a tournée now; Sami is not on shift.
    const now = t.clock.now.getTime();
    const res = await s.coord.post('/api/planning/creneaux', {
      id: randomUUID(),
      type: 'tournee',
      debut: new Date(now - 3_600_000).toISOString(),
      fin: new Date(now + 3_600_000).toISOString(),
      mediateurIds: [id.karim, id.lea],
      territoireId: qpv,
    });
    expect(res.statusCode).toBe(201);
    return { base, qpv };
  });
  const s: Record<'karim' | 'lea' | 'sami' | 'coord' | 'partner' | 'other', Session> = {} as never;
  const id: Record<string, string> = {};

  it('reaches coordination and the colleagues on shift at once, then everyone when nobody answers', async () => {
    const coordStream = await openSse(`${w.base}/api/alertes/flux`, s.coord.cookie);
    const leaStream = await openSse(`${w.base}/api/alertes/flux`, s.lea.cookie);
    const samiStream = await openSse(`${w.base}/api/alertes/flux`, s.sami.cookie);
    const alerte = {
      id: randomUUID(),
      niveau: 'danger',
      latitude: 43.3259,
      longitude: 5.4049,
      message: 'Hall B',
    };
    const sent = performance.now();
    const res = await s.karim.post('/api/alertes', alerte);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: alerte.id, statut: 'active', mediateur: { nom: 'Karim Benali' } });
    const got = await coordStream.next((a) => a.id === alerte.id, 2_000);
    expect(got).toMatchObject({ niveau: 'danger', latitude: 43.3259, longitude: 5.4049, statut: 'active' });
    expect(got.receivedAt - sent).toBeLessThan(2_000);
    await leaStream.next((a) => a.id === alerte.id, 2_000);
    // Sent twice (a retry): one alert.
    expect((await s.karim.post('/api/alertes', alerte)).statusCode).toBe(201);
    // Sami, off shift, does not get it until nobody took it in charge for 2 minutes.
    await new Promise((r) => setTimeout(r, 300));
    expect(samiStream.events.filter((a) => a.id === alerte.id)).toEqual([]);
    t.clock.now = new Date(t.clock.now.getTime() + 3 * 60_000);
    expect(await relanceEtCourriel(t.db, t.app.deps.bus, t.app.deps.env, t.clock.now)).toBe(1);
    expect((await samiStream.next((a) => a.id === alerte.id, 2_000)).relance).toBe(true);
    expect(await relanceEtCourriel(t.db, t.app.deps.bus, t.app.deps.env, t.clock.now)).toBe(0); // claimed once
    for (const c of [coordStream, leaStream, samiStream]) c.close();
  });

  it('is taken in charge by a receiver, the sender sees who, and closes only with a debrief', async () => {
    const mine = await openSse(`${w.base}/api/alertes/flux`, s.karim.cookie);
    const alerte = { id: randomUUID(), niveau: 'assistance', latitude: null, longitude: null, message: null };
    await s.karim.post('/api/alertes', alerte);
    expect((await s.karim.post(`/api/alertes/${alerte.id}/prise-en-charge`)).json().error.message).toMatch(
      /pas par son auteur/,
    );
    expect((await s.sami.post(`/api/alertes/${alerte.id}/prise-en-charge`)).statusCode).toBe(404); // not addressed to him
    const taken = await s.lea.post(`/api/alertes/${alerte.id}/prise-en-charge`);
    expect(taken.json()).toMatchObject({
      statut: 'prise_en_charge',
      priseEnCharge: { par: { nom: 'Léa Martin' } },
    });
    expect(
      (await mine.next((a) => a.id === alerte.id && a.statut === 'prise_en_charge')).priseEnCharge?.par.nom,
    ).toBe('Léa Martin');
    const bare = await s.karim.post(`/api/alertes/${alerte.id}/cloture`, { faitMarquant: 'menace' });
    expect(bare.statusCode).toBe(400);
    expect(
      bare
        .json()
        .error.details.map((d: { champ: string }) => d.champ)
        .sort(),
    ).toEqual(['recit', 'signalementEmployeur', 'signalementPolice']);
    const closed = await s.karim.post(`/api/alertes/${alerte.id}/cloture`, {
      faitMarquant: 'menace',
      recit: 'Un groupe a menacé l’équipe devant le hall B ; nous sommes partis.',
      signalementPolice: false,
      signalementEmployeur: true,
    });
    expect(closed.json()).toMatchObject({
      statut: 'close',
      cloture: { faitMarquant: 'menace', par: { nom: 'Karim Benali' } },
    });
    mine.close();
  });

  it('counts the incidents of the year by kind and place, for coordination only; keeps others out', async () => {
    const year = Number(t.clock.now.toISOString().slice(0, 4));
    const res = await s.coord.get(`/api/alertes/incidents?annee=${year}`);
    expect(res.statusCode).toBe(200);
    const inc = res.json();
    expect(inc.total).toBeGreaterThanOrEqual(2);
    expect(inc.parFait.menace).toBe(1);
    expect(inc.parLieu[0]).toMatchObject({ territoireId: w.qpv });
    expect(inc.signalementsEmployeur).toBe(1);
    expect(JSON.stringify(inc)).not.toMatch(/Hall B|hall B/);
    // The same counts in the report's safety section, for coordination only; in the bilan's exports.
    const periode = `du=${year}-01-01&au=${year}-12-31`;
    const { annee: _annee, ...counts } = inc;
    expect((await s.coord.get(`/api/rapports/activite?${periode}`)).json().securite).toEqual(counts);
    expect((await s.karim.get(`/api/rapports/activite?${periode}`)).json().securite).toBeNull();
    const csv = (await s.coord.get(`/api/rapports/activite?${periode}&format=csv`)).body;
    expect(csv).toContain('Sécurité des équipes : alertes et incidents');
    expect(csv).toContain(`menace;Fait : Menace;1;0`);
    expect(csv).not.toMatch(/Hall B|hall B/);
    expect((await s.karim.get(`/api/rapports/activite?${periode}&format=csv`)).body).not.toContain(
      'Sécurité des équipes',
    );
    expect((await s.karim.get(`/api/alertes/incidents?annee=${year}`)).statusCode).toBe(403);
    expect((await s.partner.get('/api/alertes')).statusCode).toBe(403);
    expect((await s.partner.post('/api/alertes', { id: randomUUID(), niveau: 'danger' })).statusCode).toBe(
      403,
    );
    expect((await s.other.get('/api/alertes')).json().items).toEqual([]);
    const [open] = (await s.coord.get('/api/alertes')).json().items;
    expect((await s.other.post(`/api/alertes/${open.id}/prise-en-charge`)).statusCode).toBe(404);
    expect(
      (await s.karim.post('/api/alertes', { id: randomUUID(), niveau: 'panique' })).json().error.message,
    ).toBe('Données invalides (corps de la requête) — niveau : Niveau d’alerte inconnu.');
  });
});
