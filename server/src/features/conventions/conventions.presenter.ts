/** Convention rows → the view the API exposes, every field listed. */
import {
  type ConventionView,
  INDICATEURS,
  type Indicateur,
} from '../../../../domain/conventions/convention.schema';
import type { conventions } from '../../db/schema';

export type ConventionRow = typeof conventions.$inferSelect;

export interface ConventionChildren {
  partenaire: { id: string; nom: string };
  territoires: ConventionView['territoires'];
  lieux: ConventionView['lieux'];
  objectifs: Array<{ indicateur: string; cible: number }>;
}

const rang = (code: string) => INDICATEURS.indexOf(code as Indicateur);

export function presentConvention(row: ConventionRow, c: ConventionChildren): ConventionView {
  return {
    id: row.id,
    partenaire: { id: c.partenaire.id, nom: c.partenaire.nom },
    nom: row.nom,
    reference: row.reference,
    du: row.du,
    au: row.au,
    commentaire: row.commentaire,
    territoires: [...c.territoires].sort((a, b) => a.qpvCode.localeCompare(b.qpvCode)),
    lieux: [...c.lieux].sort((a, b) => a.nom.localeCompare(b.nom, 'fr')),
    // In the order of the indicator list, the same on every screen and document.
    objectifs: c.objectifs
      .map((o) => ({ indicateur: o.indicateur as Indicateur, cible: Number(o.cible) }))
      .sort((a, b) => rang(a.indicateur) - rang(b.indicateur)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
