import type { PartenaireCreateInput, PartenaireView } from '@domain/partenaires/partenaire.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { partenairesQueryKey } from './get-partenaires';

export const createPartenaire = (input: PartenaireCreateInput) =>
  api.post<PartenaireView>('/api/partenaires', input);

export const updatePartenaire = (id: string, input: PartenaireCreateInput) =>
  api.patch<PartenaireView>(`/api/partenaires/${encodeURIComponent(id)}`, input);

/** Creates a partner, or updates `id` when given. */
export const useSavePartenaire = (id: string | null) =>
  useInvalidatingMutation(
    (input: PartenaireCreateInput) => (id ? updatePartenaire(id, input) : createPartenaire(input)),
    [partenairesQueryKey],
  );
