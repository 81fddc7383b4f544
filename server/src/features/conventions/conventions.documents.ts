/** A convention's bilan as CSV, XLSX (the objectives table first) or PDF (objectives after the key figures). */
import {
  type ConventionRapportQuery,
  objectifsTableau,
} from '../../../../domain/conventions/convention.schema';
import { anneePrecedente } from '../../../../domain/rapports/rapport.schema';
import { rapportTableaux } from '../../../../domain/rapports/rapport.tables';
import { jourFr, periodeFr } from '../../../../domain/time/paris';
import type { ServiceContext } from '../../lib/context';
import { bilanDocument, bilanPdf, computeRapport, type RapportDocument } from '../rapports';
import { conventionRapport } from './conventions.rapport';

/** A file name made of the convention's name, safe in a header (ASCII letters and digits only). */
const slug = (nom: string) =>
  nom
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'convention';

export async function conventionDocument(
  ctx: ServiceContext,
  id: string,
  q: ConventionRapportQuery,
): Promise<RapportDocument> {
  // Documents never carry the per-mediator lines (as the structure's bilan).
  const { convention: c, periode: p, objectifs, rapport, perimetre } = await conventionRapport(ctx, id, q);
  const noms = Object.fromEntries((perimetre.parQpv ?? perimetre.territoires).map((t) => [t.qpvCode, t.nom]));
  const tableaux = [objectifsTableau(objectifs), ...rapportTableaux(rapport, noms)];
  const titre = `Convention « ${c.nom} » — ${c.partenaire.nom}`;
  const entete = `Bilan d’activité — ${perimetre.structureNom} — ${titre} — ${periodeFr(p.du, p.au)}`;
  const base = `bilan-convention-${slug(c.nom)}-${p.du}-${p.au}`;
  // The previous year on the same perimeter, beside each table (not clamped: it is a comparison).
  const du0 = anneePrecedente(p.du);
  const au0 = anneePrecedente(p.au);
  const precedent = async () =>
    rapportTableaux(await computeRapport(ctx.db, perimetre, du0, au0, 'aucun'), noms);
  return bilanDocument(q.format, { base, entete, tableaux, precedent }, async (avant) =>
    bilanPdf({
      structureNom: perimetre.structureNom,
      periode: periodeFr(p.du, p.au),
      periodePrecedente: periodeFr(du0, au0),
      qpv: (perimetre.parQpv ?? []).map((t) => t.qpvCode),
      courant: tableaux.slice(1),
      precedent: avant,
      edite: jourFr(ctx.now().toISOString().slice(0, 10)),
      convention: { titre, objectifs: tableaux[0]! },
    }),
  );
}
