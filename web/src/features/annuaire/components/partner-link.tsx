import type { ServiceView } from '@domain/annuaire/annuaire.schema';
import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../../lib/api-client';
import type { Option } from '../../../lib/reference-options';
import { useLinkService } from '../api/link-service';

/** Links a directory service to one of the structure's partners (who will answer its orientations). */
export function PartnerLink({ service, partnerOptions }: { service: ServiceView; partnerOptions: Option[] }) {
  const link = useLinkService();
  return (
    <Select
      label="Partenaire qui répond aux orientations"
      placeholder="Aucun"
      data={partnerOptions}
      value={service.partenaire?.id ?? null}
      clearable
      disabled={link.isPending}
      onChange={(partenaireId) =>
        link.mutate(
          { id: service.id, partenaireId, qpvCodes: service.qpvCodes },
          {
            onSuccess: () => notifications.show({ color: 'teal', message: 'Lien enregistré.' }),
            onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
          },
        )
      }
      maw={360}
    />
  );
}
