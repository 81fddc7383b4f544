/**
 * A warning about sensitive data that the writer kept is counted in the audit row of the change
 * (issue 16, part 3): the screen warned before saving; the server counts what was kept anyway.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useWorld } from '../../test/world';
import { auditLog } from '../db/schema';
import { activiteBody, buildMainCouranteStructure } from '../features/main-courante/main-courante.factories';
import { keptSensitiveKinds } from './audit-log';

describe('sensitive data kept in a note, counted in the audit', () => {
  const { t, d: s, med } = useWorld(buildMainCouranteStructure, { med: (s) => s.med1.email });

  const auditOf = async (
    entityType: 'activite' | 'observation' | 'demande' | 'signalement',
    entityId: string,
  ) =>
    t.db
      .select({ action: auditLog.action, diff: auditLog.diff })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));

  it('counts the kinds an activity’s comment kept, and nothing for an everyday comment', async () => {
    const kept = activiteBody({
      territoireId: s.malpasse.id,
      mediateurIds: [s.med1.id],
      commentaire: 'M. Martin sort de prison, suivi au CMP',
    });
    expect((await med.post('/api/activites', kept)).statusCode).toBe(201);
    const [row] = await auditOf('activite', kept.id);
    const diff = row?.diff as { donneesSensibles?: string[] } | undefined;
    expect(diff?.donneesSensibles?.sort()).toEqual(['infraction', 'nom_complet', 'sante']);

    const calm = activiteBody({
      territoireId: s.malpasse.id,
      mediateurIds: [s.med1.id],
      commentaire: 'Rencontre au city-stade, échange sur le bruit.',
    });
    expect((await med.post('/api/activites', calm)).statusCode).toBe(201);
    const [calmRow] = await auditOf('activite', calm.id);
    expect(calmRow?.diff).not.toHaveProperty('donneesSensibles');
  });

  const keptIn = async (entityType: 'observation' | 'demande' | 'signalement', id: string) =>
    ((await auditOf(entityType, id))[0]?.diff as { donneesSensibles?: string[] } | undefined)
      ?.donneesSensibles;

  it('counts it for an observation, a request’s note and a signalement’s description too', async () => {
    const tournee = activiteBody({
      territoireId: s.malpasse.id,
      mediateurIds: [s.med1.id],
      fin: undefined,
      contacts: [],
    });
    expect((await med.post('/api/activites', tournee)).statusCode).toBe(201);
    const observation = {
      id: randomUUID(),
      kind: 'tension',
      note: 'deal au pied du bât. B, tél. 06 11 22 33 44',
    };
    expect((await med.post(`/api/activites/${tournee.id}/observations`, observation)).statusCode).toBe(201);
    expect((await keptIn('observation', observation.id))?.sort()).toEqual(['coordonnees', 'infraction']);

    const demande = {
      id: randomUUID(),
      date: '2026-03-10T17:00:00.000Z',
      canal: 'permanence',
      territoireId: s.malpasse.id,
      motifs: ['numerique'],
      reponses: [{ type: 'information' }],
      note: 'Elle est séropositive et n’ose pas en parler',
    };
    expect((await med.post('/api/demandes', demande)).statusCode).toBe(201);
    expect(await keptIn('demande', demande.id)).toEqual(['sante']);

    const signalement = {
      id: randomUUID(),
      categorie: 'eclairage',
      latitude: 43.32589,
      longitude: 5.40493,
      description: 'Lampadaire cassé par le fils de Mme Durand',
    };
    expect((await med.post('/api/signalements', signalement)).statusCode).toBe(201);
    expect(await keptIn('signalement', signalement.id)).toEqual(['nom_complet']);
  });

  it('reads only the free texts a change wrote, not names, codes or unchanged notes', () => {
    expect(keptSensitiveKinds({ nom: { avant: null, apres: 'Jean Dupont' } })).toEqual([]);
    expect(keptSensitiveKinds({ note: { avant: null, apres: 'appeler le 06 12 34 56 78' } })).toEqual([
      'coordonnees',
    ]);
    expect(keptSensitiveKinds({ description: { avant: 'il est musulman', apres: null } })).toEqual([]);
    expect(keptSensitiveKinds(null)).toEqual([]);
  });
});
