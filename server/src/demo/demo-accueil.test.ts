import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ORIENTATION_STATUTS } from '../../../domain/accueil/accueil.taxonomies';
import { login } from '../../test/helpers';
import { useWorld } from '../../test/world';
import { demandes, orientations } from '../db/schema';
import { DEMO_DOMAIN, DEMO_PASSWORD, loadDemo } from './demo';

describe('demo accueil', () => {
  const { t, d: demo } = useWorld(loadDemo);

  it('has ~30 local services, a few hundred requests over the year and orientations in every status', async () => {
    const coord = await login(t.app, `coordination@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const services = (await coord.get('/api/annuaire/services?parPage=200')).json().items;
    expect(services.length).toBe(30);
    expect(services.filter((s: { partenaire: unknown }) => s.partenaire).length).toBeGreaterThanOrEqual(12);
    // Every demo service can be called or written to, as the real ones.
    for (const s of services as Array<{ nom: string; telephone: string | null; courriel: string | null }>) {
      expect(s.telephone ?? s.courriel, s.nom).toBeTruthy();
    }
    const [d] = await t.db
      .select({
        n: sql<number>`count(*)::int`,
        days: sql<number>`(extract(epoch from max(occurred_at) - min(occurred_at)) / 86400)::int`,
      })
      .from(demandes)
      .where(eq(demandes.structureId, demo.structureId));
    expect(d!.n).toBe(420);
    expect(d!.days).toBeGreaterThan(300);
    const statuses = await t.db
      .selectDistinct({ s: orientations.statut })
      .from(orientations)
      .where(eq(orientations.structureId, demo.structureId));
    expect(new Set(statuses.map((s) => s.s))).toEqual(new Set(ORIENTATION_STATUTS));
    const stats = (await coord.get('/api/orientations/statistiques')).json();
    expect(stats.length).toBeGreaterThan(5);
  });

  it('gives the partners (ville, bailleur, ccas) orientations to answer, and only theirs', async () => {
    expect(demo.accounts).toContain(`ccas@${DEMO_DOMAIN}`);
    for (const who of ['ville', 'bailleur', 'ccas']) {
      const p = await login(t.app, `${who}@${DEMO_DOMAIN}`, DEMO_PASSWORD);
      const list = (await p.get('/api/orientations?statut=proposee')).json().items;
      expect(list.length, who).toBeGreaterThan(0);
    }
    const ccas = await login(t.app, `ccas@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const names = new Set(
      (await ccas.get('/api/orientations?ouvertes=false&parPage=200'))
        .json()
        .items.map((o: { service: { nom: string } }) => o.service.nom),
    );
    expect([...names].every((n) => /Accueil social|Aide alimentaire|seniors/.test(n as string))).toBe(true);
  });
});
