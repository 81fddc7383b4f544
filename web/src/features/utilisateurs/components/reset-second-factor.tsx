import { notifications } from '@mantine/notifications';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { useResetSecondFactor } from '../api/reset-second-factor';

/** « Réinitialiser la double authentification »: for someone who lost their phone and codes. */
export function ResetSecondFactor({ userId, personName }: { userId: string; personName: string }) {
  const reset = useResetSecondFactor();
  return (
    <ConfirmButton
      title="Réinitialiser la double authentification"
      message={`${personName} se connectera avec son seul mot de passe, puis configurera de nouveau la double authentification si la structure l’exige. À faire seulement après avoir vérifié son identité.`}
      confirmLabel="Réinitialiser"
      buttonProps={{ variant: 'light', color: 'orange', style: { alignSelf: 'flex-start' } }}
      onConfirm={() =>
        reset.mutateAsync(userId).then(() =>
          notifications.show({
            color: 'teal',
            title: 'Double authentification réinitialisée',
            message: personName,
          }),
        )
      }
    >
      Réinitialiser la double authentification
    </ConfirmButton>
  );
}
