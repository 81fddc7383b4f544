/** Rows of a project → the API views, fields listed one by one (no query here). */
import type {
  EtapeProjetView,
  FinancementView,
  ProjetListItemView,
  ProjetView,
} from '../../../../domain/projets/projet.schema';
import type { EtapeProjetKind, ProjetStatut } from '../../../../domain/projets/projet.taxonomies';
import type { projetEtapes, projetFinancements, projets } from './projets.table';

type Nomme = { id: string; nom: string };
type EtapeRow = typeof projetEtapes.$inferSelect;
type FinancementRow = typeof projetFinancements.$inferSelect;

/** numeric columns arrive as strings: exact cents, read as a number only at the edge. */
export const euros = (v: string | null): number | null => (v === null ? null : Number(v));
export const heuresDe = (minutes: number) => minutes / 60;

export function presentEtape(e: EtapeRow, noms: ReadonlyMap<string, string>): EtapeProjetView {
  return {
    type: 'etape',
    id: e.id,
    date: e.day,
    kind: e.kind as EtapeProjetKind,
    heures: heuresDe(e.minutes),
    note: e.note,
    mediateurs: e.mediatorIds.map((id) => ({ id, nom: noms.get(id) ?? '' })),
    creePar: e.createdBy,
  };
}

export function presentFinancement(
  f: FinancementRow,
  partenaires: ReadonlyMap<string, string>,
): FinancementView {
  return {
    type: 'financement',
    id: f.id,
    date: f.day,
    financeur: { id: f.partnerId, nom: (f.partnerId && partenaires.get(f.partnerId)) || f.financeurNom },
    montantSollicite: euros(f.montantSollicite) ?? 0,
    montantObtenu: euros(f.montantObtenu),
  };
}

export interface ProjetRows {
  row: typeof projets.$inferSelect;
  partenaires: Nomme[];
  porteurs: Array<{ id: string; pseudonyme: string; consentement: boolean }>;
  statuts: Array<{ statut: string; at: Date }>;
  etapes: EtapeRow[];
  financements: FinancementRow[];
  /** Names of the mediators of the steps and of every partner a funding line names. */
  noms: ReadonlyMap<string, string>;
  partenairesFinanceurs: ReadonlyMap<string, string>;
  /** The actions the project led to, by start. */
  actions: ProjetView['actions'];
}

const cents = (xs: Array<string | null>) =>
  xs.reduce((sum, v) => sum + Math.round(Number(v ?? 0) * 100), 0) / 100;

export function presentProjet(r: ProjetRows): ProjetView {
  const chronologie = [
    ...r.etapes.map((e) => ({ at: e.day, created: e.createdAt, view: presentEtape(e, r.noms) })),
    ...r.financements.map((f) => ({
      at: f.day,
      created: f.createdAt,
      view: presentFinancement(f, r.partenairesFinanceurs),
    })),
  ]
    .sort((a, b) => b.at.localeCompare(a.at) || b.created.getTime() - a.created.getTime())
    .map((x) => x.view);
  return {
    id: r.row.id,
    titre: r.row.titre,
    description: r.row.description,
    statut: r.row.statut as ProjetStatut,
    territoireId: r.row.territoryId,
    actionOrigineId: r.row.actionOrigineId,
    actions: r.actions,
    partenaires: r.partenaires,
    porteurs: r.porteurs.map((p) => ({ id: p.id, pseudonyme: p.consentement ? p.pseudonyme : null })),
    statuts: r.statuts.map((s) => ({ statut: s.statut as ProjetStatut, le: s.at.toISOString() })),
    chronologie,
    totaux: {
      heures: heuresDe(r.etapes.reduce((sum, e) => sum + e.minutes, 0)),
      sollicite: cents(r.financements.map((f) => f.montantSollicite)),
      obtenu: cents(r.financements.map((f) => f.montantObtenu)),
    },
    creeLe: r.row.createdAt.toISOString(),
    modifieLe: r.row.updatedAt.toISOString(),
  };
}

export const presentProjetItem = (
  row: typeof projets.$inferSelect,
  partenaires: Nomme[],
  porteurs: number,
  derniereEtape: string | null,
): ProjetListItemView => ({
  id: row.id,
  titre: row.titre,
  statut: row.statut as ProjetStatut,
  territoireId: row.territoryId,
  partenaires,
  porteurs,
  derniereEtape,
  creeLe: row.createdAt.toISOString(),
});
