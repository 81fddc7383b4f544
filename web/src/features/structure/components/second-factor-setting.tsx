import { Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormAlert } from '../../../components/ui/form-alert';
import { errorMessage } from '../../../lib/api-client';
import type { StructureView } from '../api/get-structure';
import { useUpdateStructure } from '../api/update-structure';

/** Structure settings: require the second factor of admin, direction and coordination (ADR 029). */
export function SecondFactorSetting({ structure, canEdit }: { structure: StructureView; canEdit: boolean }) {
  const update = useUpdateStructure();
  const toggle = (on: boolean) =>
    update.mutate(
      { deuxiemeFacteurObligatoire: on },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            title: saved.deuxiemeFacteurObligatoire
              ? 'Double authentification exigée'
              : 'Double authentification facultative',
            message: saved.deuxiemeFacteurObligatoire
              ? 'Elle sera demandée à chacun à sa prochaine connexion.'
              : 'Chacun peut la garder ou la désactiver depuis « Mon compte ».',
          }),
      },
    );
  return (
    <Stack gap="xs">
      <Switch
        size="md"
        checked={structure.deuxiemeFacteurObligatoire}
        disabled={!canEdit || update.isPending}
        onChange={(event) => toggle(event.currentTarget.checked)}
        label="Exiger la double authentification"
        description="Pour l’administration, la direction et la coordination : un code à 6 chiffres d’une application du téléphone en plus du mot de passe, configuré à leur prochaine connexion."
      />
      {canEdit ? null : (
        <Text size="sm" c="dimmed">
          Seules l’administration et la direction peuvent changer ce réglage.
        </Text>
      )}
      <FormAlert message={update.error ? errorMessage(update.error) : null} />
    </Stack>
  );
}
