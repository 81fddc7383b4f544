import type { ServiceView } from '@domain/annuaire/annuaire.schema';
import { useState } from 'react';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { DemandeQuickForm } from '../../features/accueil/components/demande-quick-form';
import { useSuiteDe } from '../../features/actions/api/lier-suite';
import { RetourAction } from '../../features/actions/components/retour-action';
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
  // Opened from a collective action (`?action=`): each request recorded here is linked to it.
  const suite = useSuiteDe('demande');
  return (
    <>
      <PageHeader
        title="Nouvelle demande"
        description="Anonyme par défaut : la demande est seulement comptée."
      />
      {suite ? <RetourAction actionId={suite.actionId} type="demande" /> : null}
      <QueryState query={territoires} label="vos QPV">
        {(rows) => (
          <DemandeQuickForm
            qpvOptions={territoireOptions(rows)}
            servicePicker={({ resetKey, ...p }) => <PickerSlot key={resetKey} {...p} />}
            onCaptured={suite ? (id) => void suite.lier(id).catch(() => undefined) : undefined}
          />
        )}
      </QueryState>
    </>
  );
}
