import type { ServiceView } from '../../../../domain/annuaire/annuaire.schema';
import type { annuaireServices } from '../../db/schema';
import { describeHoraires, isOpenAt } from './opening-hours';

type ServiceRow = typeof annuaireServices.$inferSelect;

/** A directory service as the web shows it; the data·inclusion fields exposed are listed here. */
export function presentService(
  row: ServiceRow,
  structure: { id: string; nom: string },
  partenaire: { id: string; nom: string } | null,
  now: Date,
): ServiceView {
  const r = row.record;
  const s = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : null);
  return {
    id: row.id,
    nom: row.nom,
    description: s('description') ?? '',
    structure,
    thematiques: row.thematiques,
    publics: row.publics,
    commune: row.commune,
    adresse:
      [s('adresse'), s('complement_adresse'), [s('code_postal'), row.commune].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ') || null,
    telephone: s('telephone'),
    courriel: s('courriel'),
    horaires: row.horaires,
    horairesTexte: describeHoraires(row.horaires),
    ouvertMaintenant: isOpenAt(row.horaires, now),
    partenaire,
    qpvCodes: row.qpvCodes,
    source: row.source,
    sourceId: row.sourceId,
  };
}
