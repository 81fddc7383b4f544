import { Stack, Text } from '@mantine/core';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { CopyField } from '../../../components/ui/copy-field';
import { QueryState } from '../../../components/ui/query-state';
import { useFlux } from '../api/get-flux';
import { useRegenererFlux } from '../api/regenerer-flux';

/** The secret address of one's calendar, to add to the phone's agenda, and how to change it. */
export function FluxCalendrier() {
  const flux = useFlux();
  const regenerer = useRegenererFlux();
  return (
    <QueryState query={flux} label="l’adresse de votre calendrier">
      {(f) => (
        <Stack gap="xs">
          <Text size="sm">
            Ajoutez cette adresse à l’agenda de votre téléphone pour y voir vos créneaux, mis à jour tout
            seuls : sur Android, dans Google Agenda sur ordinateur, « Autres agendas » puis « À partir de
            l’URL » ; sur iPhone, Réglages › Calendrier › Comptes › Ajouter un compte › Autre › « Ajouter un
            calendrier avec abonnement ». Gardez-la pour vous : elle donne accès à votre planning.
          </Text>
          <CopyField label="Adresse de votre calendrier" value={f.personnel} />
          {f.equipe ? <CopyField label="Adresse du calendrier de l’équipe" value={f.equipe} /> : null}
          <ConfirmButton
            title="Changer l’adresse ?"
            message="L’ancienne adresse cessera de fonctionner : il faudra ajouter la nouvelle à vos agendas."
            confirmLabel="Changer l’adresse"
            onConfirm={() => regenerer.mutateAsync()}
            buttonProps={{ size: 'md', variant: 'default', color: 'dark' }}
          >
            Changer l’adresse
          </ConfirmButton>
        </Stack>
      )}
    </QueryState>
  );
}
