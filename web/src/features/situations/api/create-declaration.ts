import type { DeclarationInput, DeclarationView } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { declarationsQueryKey } from './keys';

export const createDeclaration = (input: DeclarationInput) =>
  api.post<DeclarationView>('/api/declarations-impartialite', input);

/** Declares a link with a person that may weigh on impartiality. */
export const useCreateDeclaration = () => useInvalidatingMutation(createDeclaration, [declarationsQueryKey]);
