import { beforeAll, describe, expect, it } from 'vitest';
import { login, type Session } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { buildRapportDataset } from '../../factories/rapports.factories';
import { buildSectionsDataset } from '../../factories/rapports-sections.factories';
import { computeSections } from './rapports.sections';

const URL = '/api/rapports/activite';
const PERIODE = 'du=2026-03-01&au=2026-04-30';
const FRAIS_VALLON = 'QN01344M';

describe('GET /api/rapports/activite: accueil, orientations, situations, signalements', () => {
  const { t, d } = useWorld(buildRapportDataset);
  let p: Awaited<ReturnType<typeof buildSectionsDataset>>;
  let coord: Session;
  beforeAll(async () => {
    p = await buildSectionsDataset(t.db, d);
    coord = await login(t.app, d.coord.email);
  });

  it('counts requests and orientations of the period by motive, response, status and partner', async () => {
    const r = (await coord.get(`${URL}?${PERIODE}`)).json();
    // D1 (00:10 on 1 March) to D5 (23:30 on 30 April); D2 holds two orientations, counted once.
    expect(r.accueil).toEqual({
      demandes: 5,
      par_motif: expect.objectContaining({
        numerique: 3,
        sante: 2,
        'logement-hebergement': 1,
        'cadre-de-vie': 1,
      }),
      par_reponse: {
        information: 1,
        aide_demarche: 1,
        accompagnement_physique: 0,
        orientation: 4,
        mediation: 1,
      },
    });
    expect(Object.keys(r.accueil.par_motif)).toHaveLength(20);
    expect(Object.values(r.accueil.par_motif).reduce((a: number, b) => a + Number(b), 0)).toBe(7);
    // Six orientations; final ones: 2 abouties, 1 sans suite, 1 refusée, 1 expirée → 2 / 5.
    expect(r.orientations).toEqual({
      nombre: 6,
      par_motif: expect.objectContaining({ numerique: 2, sante: 3, 'logement-hebergement': 2, famille: 0 }),
      par_statut: { proposee: 0, prise_de_contact: 1, aboutie: 2, sans_suite: 1, refusee: 1, expiree: 1 },
      taux_reussite: 0.4,
      par_partenaire: [
        { id: p.alpha.id, nom: 'Association Alpha', nombre: 2, abouties: 2, taux_reussite: 1 },
        { id: p.habitat.id, nom: 'Bailleur Habitat', nombre: 2, abouties: 0, taux_reussite: 0 },
        // Only an open orientation: no rate.
        { id: p.corot.id, nom: 'Centre social Corot', nombre: 1, abouties: 0, taux_reussite: null },
        { id: null, nom: 'Sans partenaire', nombre: 1, abouties: 0, taux_reussite: 0 },
      ],
    });
    expect(Object.values(r.orientations.par_motif).filter((n) => n !== 0)).toHaveLength(3);
  });

  it('counts situations opened in the period by kind and origin, closed ones by outcome, median duration', async () => {
    const r = (await coord.get(`${URL}?${PERIODE}`)).json();
    expect(r.situations).toEqual({
      ouvertes: 5,
      // Closed in the period: 10, 14 (opened in February), 4 and 3 days → median (4 + 10) / 2.
      closes: 4,
      duree_mediane_jours: 7,
      par_type: {
        voisinage_bruit: 2,
        voisinage_parties_communes: 0,
        voisinage_animaux: 0,
        voisinage_stationnement: 0,
        voisinage_degradations: 0,
        voisinage_autre: 0,
        espace_public_occupation: 0,
        espace_public_usage: 0,
        espace_public_rixe: 1,
        usager_institution: 1,
        transport: 1,
        intrafamilial: 0,
        autre: 0,
      },
      par_origine: {
        habitant: 2,
        bailleur: 0,
        ville: 1,
        police: 1,
        transporteur: 1,
        association: 0,
        auto_saisine: 0,
        autre: 0,
      },
      par_issue: { resolu: 2, apaise: 1, non_resolu: 0, oriente: 1, refus_mediation: 0, abandon: 0 },
    });
  });

  it('counts signalements by category, status and partner with median delays in real hours', async () => {
    const r = (await coord.get(`${URL}?${PERIODE}`)).json();
    expect(r.signalements).toEqual({
      nombre: 7,
      par_categorie: {
        proprete: 3,
        encombrants: 1,
        eclairage: 1,
        degradation: 0,
        ascenseur: 0,
        parties_communes: 0,
        espaces_verts: 0,
        voirie: 1,
        stationnement: 0,
        mobilier_urbain: 0,
        securite: 1,
        nuisibles: 0,
        autre: 0,
      },
      par_statut: { nouveau: 1, transmis: 1, pris_en_compte: 0, resolu: 3, rejete: 1, doublon: 1 },
      // Taken into account after 10, 5 (DST night), 24 (solved directly) and 48 h → (10 + 24) / 2.
      delai_median_prise_en_compte_heures: 17,
      // Solved after 24, 47 and 24 h.
      delai_median_resolution_heures: 24,
      par_partenaire: [
        {
          id: p.alpha.id,
          nom: 'Association Alpha',
          nombre: 3,
          delai_median_prise_en_compte_heures: 10,
          delai_median_resolution_heures: 24,
        },
        {
          id: p.habitat.id,
          nom: 'Bailleur Habitat',
          nombre: 2,
          delai_median_prise_en_compte_heures: 48,
          delai_median_resolution_heures: null,
        },
        {
          id: null,
          nom: 'Sans partenaire',
          nombre: 2,
          delai_median_prise_en_compte_heures: null,
          delai_median_resolution_heures: null,
        },
      ],
    });
  });

  it('narrows every section to the QPV asked for, and to a mediator’s own QPV', async () => {
    const r = (await coord.get(`${URL}?${PERIODE}&qpv=${FRAIS_VALLON}`)).json();
    expect(r.accueil).toMatchObject({
      demandes: 2,
      par_reponse: { orientation: 1, mediation: 1, information: 0 },
    });
    expect(r.orientations).toMatchObject({
      nombre: 2,
      taux_reussite: 0,
      par_partenaire: [
        { nom: 'Bailleur Habitat', nombre: 1, abouties: 0, taux_reussite: 0 },
        { nom: 'Centre social Corot', nombre: 1, abouties: 0, taux_reussite: null },
      ],
    });
    expect(r.situations).toMatchObject({ ouvertes: 2, closes: 2, duree_mediane_jours: 8.5 });
    expect(r.situations.par_issue).toMatchObject({ apaise: 1, oriente: 1, resolu: 0 });
    expect(r.signalements).toMatchObject({
      nombre: 2,
      delai_median_prise_en_compte_heures: 5,
      delai_median_resolution_heures: 47,
      par_partenaire: [
        { nom: 'Association Alpha', nombre: 1 },
        { nom: 'Bailleur Habitat', nombre: 1, delai_median_resolution_heures: null },
      ],
    });
    const med = await login(t.app, d.medMalpasse.email);
    const own = (await med.get(`${URL}?${PERIODE}`)).json();
    // Malpassé: aboutie ×2, sans suite, expirée.
    expect(own.orientations).toMatchObject({ nombre: 4, taux_reussite: 0.5 });
    expect(own.situations).toMatchObject({ ouvertes: 3, closes: 2 });
    expect(own.signalements.nombre).toBe(5);
  });

  it('reads Paris days at both edges of a one-day period', async () => {
    const mars = (await coord.get(`${URL}?du=2026-03-01&au=2026-03-01`)).json();
    expect(mars.accueil.demandes).toBe(1);
    expect(mars.signalements.nombre).toBe(1);
    expect(mars.situations).toMatchObject({ ouvertes: 1, closes: 1, duree_mediane_jours: 14 });
    const avril = (await coord.get(`${URL}?du=2026-04-30&au=2026-04-30`)).json();
    expect(avril.accueil.demandes).toBe(1);
    expect(avril.orientations.nombre).toBe(2);
    expect(avril.signalements).toMatchObject({ nombre: 1, par_statut: { transmis: 1 } });
  });

  it('gives every code with 0 and no median nor rate for an empty period', async () => {
    const r = (await coord.get(`${URL}?du=2024-01-01&au=2024-01-31`)).json();
    expect(r.accueil.demandes).toBe(0);
    expect(Object.values(r.accueil.par_motif).every((n) => n === 0)).toBe(true);
    expect(r.orientations).toMatchObject({ nombre: 0, taux_reussite: null, par_partenaire: [] });
    expect(Object.keys(r.orientations.par_statut)).toHaveLength(6);
    expect(r.situations).toMatchObject({ ouvertes: 0, closes: 0, duree_mediane_jours: null });
    expect(Object.keys(r.situations.par_issue)).toHaveLength(6);
    expect(r.signalements).toMatchObject({
      nombre: 0,
      par_partenaire: [],
      delai_median_prise_en_compte_heures: null,
      delai_median_resolution_heures: null,
    });
    expect(Object.values(r.signalements.par_categorie)).toEqual(Array(13).fill(0));
  });

  it('keeps structures apart: the other structure sees only its own records', async () => {
    const other = await login(t.app, d.otherCoord.email);
    const r = (await other.get(`${URL}?${PERIODE}`)).json();
    expect(r.accueil.demandes).toBe(1);
    expect(r.orientations).toMatchObject({ nombre: 1, taux_reussite: 1 });
    expect(r.situations).toMatchObject({ ouvertes: 1, closes: 1, duree_mediane_jours: 2 });
    expect(r.signalements.nombre).toBe(1);
  });

  it('counts a place of the perimeter for situations and signalements (requests have no place)', async () => {
    const s = await computeSections(
      t.db,
      { structureId: d.structureId, structureNom: '', territoires: [], lieuIds: [d.lieu.id], filtre: true },
      '2026-03-01',
      '2026-04-30',
    );
    expect(s.accueil.demandes).toBe(0);
    expect(s.orientations).toMatchObject({ nombre: 0, taux_reussite: null });
    expect(s.situations).toMatchObject({ ouvertes: 1, closes: 1, duree_mediane_jours: 4 });
    expect(s.signalements).toMatchObject({
      nombre: 1,
      delai_median_prise_en_compte_heures: 24,
      delai_median_resolution_heures: 24,
    });
  });
});
