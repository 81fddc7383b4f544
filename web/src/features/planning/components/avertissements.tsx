import type { CreneauEcrit } from '@domain/planning/planning.schema';
import { Alert, List, Text } from '@mantine/core';
import { IconAlert, IconCheck } from '../../../components/ui/icons';
import { heures, jourDe, jourLong, typeLabel } from './planning-format';

/** What the server said of a written shift: done, how many occurrences, and the warnings to read. */
export function Avertissements({ ecrit }: { ecrit: CreneauEcrit }) {
  return (
    <>
      <Alert color="green" variant="light" icon={<IconCheck />} title="Créneau enregistré" role="status">
        <Text size="sm">
          {typeLabel(ecrit)} du {jourLong(jourDe(ecrit))}, {heures(ecrit)}
          {ecrit.occurrences > 1 ? ` — ${ecrit.occurrences} créneaux dans la série.` : '.'}
        </Text>
      </Alert>
      {ecrit.avertissements.length ? (
        <Alert color="orange" variant="light" icon={<IconAlert />} title="À vérifier" role="alert">
          <List size="sm" spacing={4}>
            {ecrit.avertissements.map((a) => (
              <List.Item key={`${a.mediateurId}-${a.creneauId}-${a.message}`}>{a.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </>
  );
}
