import type { apiTokenCreateSchema } from '@domain/utilisateurs/utilisateur.schema';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { type JetonView, jetonsQueryKey } from './get-jetons';

export type JetonCreateInput = z.output<typeof apiTokenCreateSchema>;
/** The secret comes once, in this answer only. */
export type JetonCreated = JetonView & { secret: string };

export const createJeton = (input: JetonCreateInput) => api.post<JetonCreated>('/api/jetons', input);

export const useCreateJeton = () => useInvalidatingMutation(createJeton, [jetonsQueryKey]);
