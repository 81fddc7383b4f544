import { Text } from '@mantine/core';
import { QueryState } from '../../components/ui/query-state';
import { DemandeQuickForm } from '../../features/accueil/components/demande-quick-form';
import type { OrientationSlotProps } from '../../features/main-courante/components/tournee-capture';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { PickerSlot } from './demande-nouvelle-page';

/**
 * The tournée's « Orientation vers un partenaire », composed here (accueil, annuaire and main
 * courante do not import each other): the request form already set to the street, the tournée's
 * QPV and an orientation, so the mediator only picks the motive and the service.
 */
export function TourneeOrientation({ territoireId, onDone }: OrientationSlotProps) {
  const territoires = useTerritoires();
  return (
    <QueryState query={territoires} label="vos QPV">
      {(rows) => {
        const qpv = rows.find((t) => t.id === territoireId);
        if (!qpv)
          return (
            <Text size="sm">
              Ce quartier ne fait plus partie des vôtres : saisissez l’orientation dans « Nouvelle demande ».
            </Text>
          );
        return (
          <DemandeQuickForm
            qpvOptions={[{ value: qpv.id, label: qpv.nom }]}
            preset={{ canal: 'rue', territoireId, reponses: ['orientation'] }}
            servicePicker={({ resetKey, ...p }) => <PickerSlot key={resetKey} {...p} />}
            onDone={(d) => onDone(d === null)}
          />
        );
      }}
    </QueryState>
  );
}
