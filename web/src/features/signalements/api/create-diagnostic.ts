import type { DiagnosticCreateInput, DiagnosticView } from '@domain/signalements/signalement.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { diagnosticsQueryKey } from './keys';

export const createDiagnostic = (input: DiagnosticCreateInput) =>
  api.post<DiagnosticView>('/api/signalements/diagnostics', input);

/** Records a walk (diagnostic en marchant) that captures can then be attached to. */
export const useCreateDiagnostic = () => useInvalidatingMutation(createDiagnostic, [diagnosticsQueryKey]);
