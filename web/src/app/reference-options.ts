import { PLACE_KIND_LABELS } from '@domain/territoires/territoire.schema';
import { usePartenaires } from '../features/partenaires/api/get-partenaires';
import { useTerritoires } from '../features/territoires/api/get-territoires';
import { lieuGroups, partenaireOptions, qpvNoms, territoireOptions } from '../lib/reference-options';

/**
 * The reference data of a form that picks partners, QPV and places (a convention: its funder
 * and perimeter), read once and turned into options by `lib/reference-options.ts`. Pages that
 * need only one of them read `useTerritoires` / `usePartenaires` and map with the same helpers.
 */
export function useReferenceOptions() {
  const partenaires = usePartenaires();
  const territoires = useTerritoires();
  const options = {
    financeurs: partenaireOptions(partenaires.data),
    territoires: territoireOptions(territoires.data, true),
    lieux: lieuGroups(territoires.data, (l) => `${l.nom} — ${PLACE_KIND_LABELS[l.kind]}`),
    qpvNoms: qpvNoms(territoires.data),
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
