import type { PersonneView } from '@domain/accueil/personne.schema';
import { api } from '../../../lib/api-client';
import { personnePath } from './keys';
import { usePersonneMutation } from './personne-mutation';

/** Merges a duplicate file into this one (coordination): its requests and consents move over. */
export const useMergePersonne = (id: string) =>
  usePersonneMutation((doublonId: string) =>
    api.post<PersonneView>(`${personnePath(id)}/fusion`, { doublonId }),
  );
