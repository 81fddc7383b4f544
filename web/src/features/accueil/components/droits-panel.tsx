import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { paths } from '../../../lib/paths';
import { exportPersonneUrl, useEffacerPersonne } from '../api/effacer-personne';

/** A person's rights of access and erasure, for coordination and direction (issue 16, part 2). */
export function DroitsPanel({ personneId, pseudonyme }: { personneId: string; pseudonyme: string }) {
  const effacer = useEffacerPersonne(personneId);
  const navigate = useNavigate();
  return (
    <>
      <Text size="sm">
        Droit d’accès : tout ce que Trame garde sur cette personne, sans les données des autres. Droit à
        l’effacement : la fiche disparaît, ses demandes restent comptées sans note ni lien vers elle.
      </Text>
      <Group gap="sm">
        <Button component="a" href={exportPersonneUrl(personneId, 'pdf')} download variant="light">
          Télécharger ses données (PDF)
        </Button>
        <Button component="a" href={exportPersonneUrl(personneId, 'json')} download variant="default">
          Ses données (JSON)
        </Button>
        <ConfirmButton
          title="Effacer cette personne"
          message={`La fiche « ${pseudonyme} », son identité et ses consentements seront effacés définitivement. Ses demandes et orientations resteront comptées, sans note ni lien vers elle.`}
          confirmLabel="Effacer définitivement"
          buttonProps={{ color: 'red', variant: 'outline' }}
          onConfirm={async () => {
            await effacer.mutateAsync();
            notifications.show({ color: 'green', message: 'La personne a été effacée.' });
            navigate(paths.personnes);
            effacer.forget();
          }}
        >
          Effacer la personne
        </ConfirmButton>
      </Group>
    </>
  );
}
