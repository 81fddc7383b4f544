import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';

export const linkService = ({
  id,
  ...body
}: {
  id: string;
  partenaireId: string | null;
  qpvCodes: string[];
}) => api.patch(`/api/annuaire/services/${encodeURIComponent(id)}`, body);

/** Ties a directory service to a partner and to QPV. */
export const useLinkService = () => useInvalidatingMutation(linkService, [['annuaire']]);
