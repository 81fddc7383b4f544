import type { ServiceView } from '@domain/annuaire/annuaire.schema';
import { useState } from 'react';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { DemandeQuickForm } from '../../features/accueil/components/demande-quick-form';
import { ServicePicker } from '../../features/annuaire/components/service-picker';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { territoireOptions } from '../../lib/reference-options';

/** The directory's picker, as the request form's orientation slot. */
export function PickerSlot({
  thematique,
  onChange,
  error,
}: {
  thematique: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const [service, setService] = useState<ServiceView | null>(null);
  return (
    <ServicePicker
      value={service}
      thematique={thematique}
      error={error}
      onChange={(s) => {
        setService(s);
        onChange(s?.id ?? null);
      }}
    />
  );
}

/** The street form of a resident's request, made for a phone and one thumb. */
export function DemandeNouvellePage() {
  const territoires = useTerritoires();
  return (
    <>
      <PageHeader
        title="Nouvelle demande"
        description="Anonyme par défaut : la demande est seulement comptée."
      />
      <QueryState query={territoires} label="vos QPV">
        {(rows) => (
          <DemandeQuickForm
            qpvOptions={territoireOptions(rows)}
            servicePicker={({ resetKey, ...p }) => <PickerSlot key={resetKey} {...p} />}
          />
        )}
      </QueryState>
    </>
  );
}
