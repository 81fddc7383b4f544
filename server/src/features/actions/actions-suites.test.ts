/**
 * The follow-ups of a collective action (issue 14, part 3; ADR 037): a signalement, a demande and a
 * situation of the structure linked to an action, once whatever the retries, audited, listed with
 * labels that hold no personal data; another structure's records and actions stay out of reach.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { champsOf, login } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildDemande } from '../../factories/accueil.factories';
import { buildStructure, buildTerritoire, buildUser } from '../../factories/factories';
import { buildSignalement } from '../../factories/signalements.factories';
import { buildSituation } from '../../factories/situations.factories';
import { buildMainCouranteStructure } from '../main-courante/main-courante.factories';

describe('actions: follow-ups linked to an action', () => {
  const {
    t,
    d: s,
    coord,
  } = useWorld(
    async (db, t) => {
      t.clock.now = new Date('2027-06-15T10:00:00Z');
      return buildMainCouranteStructure(db);
    },
    ['coord'],
  );

  async function action() {
    const id = randomUUID();
    const res = await coord.post('/api/actions', {
      id,
      type: 'diagnostic_en_marchant',
      titre: 'Diagnostic en marchant, allée des Pins',
      debut: '2027-06-10T10:00:00+02:00',
      fin: '2027-06-10T12:00:00+02:00',
      territoireId: s.malpasse.id,
      mediateurIds: [s.med1.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    return id;
  }

  it('links a signalement, a demande and a situation once each, audited, and lists them', async () => {
    const id = await action();
    const base = { structureId: s.structureId, territoryId: s.malpasse.id };
    const sig = await buildSignalement(t.db, { ...base, categorie: 'encombrants' });
    const { demande } = await buildDemande(t.db, {
      ...base,
      occurredAt: new Date('2027-06-10T10:30:00+02:00'),
      motifs: ['cadre-de-vie'],
    });
    const situation = await buildSituation(t.db, {
      ...base,
      mediatorIds: [s.med1.id],
      openedOn: '2027-06-11',
      description: 'Conflit de voisinage au 3e étage, M. Martin',
    });
    const put = (type: string, cible: string) =>
      coord.request({ method: 'PUT', url: `/api/actions/${id}/suites/${type}/${cible}` });

    for (const [type, cible] of [
      ['signalement', sig.id],
      ['demande', demande.id],
      ['situation', situation.id],
      ['signalement', sig.id], // a replay of the outbox: still one link
    ] as const) {
      t.clock.now = new Date(t.clock.now.getTime() + 60_000);
      const res = await put(type, cible);
      expect(res.statusCode, res.body).toBe(200);
    }
    const suites = (await coord.get(`/api/actions/${id}/suites`)).json();
    expect(suites.map((x: { type: string; id: string }) => [x.type, x.id])).toEqual([
      ['signalement', sig.id],
      ['demande', demande.id],
      ['situation', situation.id],
    ]);
    expect(suites[0]).toMatchObject({
      libelle: `Signalement n° ${sig.numero} — Encombrants`,
      statut: 'nouveau',
    });
    expect(suites[1]).toMatchObject({ libelle: 'Demande du 10/06/2027 — sans orientation', statut: null });
    expect(suites[2].libelle).toMatch(/^Situation ouverte le 11\/06\/2027 — /);
    // The situation's description (a name) never leaves through the action.
    expect(JSON.stringify(suites)).not.toContain('Martin');

    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'update')));
    expect(audits).toHaveLength(3);
  });

  it('refuses a record of another structure, an unknown kind, and hides another structure’s action', async () => {
    const id = await action();
    const ailleurs = await buildStructure(t.db);
    const qpv = await buildTerritoire(t.db, { structureId: ailleurs.id });
    const sig = await buildSignalement(t.db, { structureId: ailleurs.id, territoryId: qpv.id });
    const put = (url: string) => coord.request({ method: 'PUT', url });
    const refused = await put(`/api/actions/${id}/suites/signalement/${sig.id}`);
    expect(refused.statusCode).toBe(400);
    expect(champsOf(refused)).toEqual(['cibleId']);
    expect(refused.json().error.message).toBe('Signalement inconnu·e dans votre structure.');
    const kind = await put(`/api/actions/${id}/suites/courrier/${sig.id}`);
    expect(kind.statusCode).toBe(400);
    expect(kind.body).toContain('Type de suite inconnu');

    const other = await buildUser(t.db, { structureId: ailleurs.id, role: 'coordinateur' });
    const session = await login(t.app, other.email);
    expect((await session.get(`/api/actions/${id}/suites`)).statusCode).toBe(404);
    expect(
      (await session.request({ method: 'PUT', url: `/api/actions/${id}/suites/signalement/${sig.id}` }))
        .statusCode,
    ).toBe(404);
    expect((await coord.get(`/api/actions/${id}/suites`)).json()).toEqual([]);
  });
});
