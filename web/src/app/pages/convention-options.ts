import { PLACE_KIND_LABELS } from '@domain/territoires/territoire.schema';
import { usePartenaires } from '../../features/partenaires/api/get-partenaires';
import { useTerritoires } from '../../features/territoires/api/get-territoires';

/** What the convention form picks from: the funders (partners), the QPV, the places by QPV. */
export function useConventionFormOptions() {
  const partenaires = usePartenaires();
  const territoires = useTerritoires();
  const terr = territoires.data ?? [];
  const options = {
    financeurs: (partenaires.data ?? []).map((p) => ({ value: p.id, label: p.nom })),
    territoires: terr.map((t) => ({ value: t.id, label: `${t.nom} (${t.qpvCode})` })),
    lieux: terr
      .filter((t) => t.lieux.length > 0)
      .map((t) => ({
        group: t.nom,
        items: t.lieux.map((l) => ({ value: l.id, label: `${l.nom} — ${PLACE_KIND_LABELS[l.kind]}` })),
      })),
    qpvNoms: Object.fromEntries(terr.map((t) => [t.qpvCode, t.nom])),
  };
  /** Both lists as one query, for QueryState. */
  const query = {
    data: partenaires.isSuccess && territoires.isSuccess ? options : undefined,
    error: partenaires.error ?? territoires.error,
    isPending: partenaires.isPending || territoires.isPending,
    refetch: () => Promise.all([partenaires.refetch(), territoires.refetch()]),
  };
  return { ...options, query };
}
