import type { MeAvecCodes } from '@domain/utilisateurs/deuxieme-facteur.schema';
import type { MeView } from '@domain/utilisateurs/utilisateur.schema';
import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { errorMessage } from '../../../lib/api-client';
import { useConfirmEnrolment } from '../api/confirm-enrolment';
import { useSignedIn } from '../api/login';
import { useStartEnrolment } from '../api/start-enrolment';
import { EnrolmentSteps } from './enrolment-steps';
import { RecoveryCodes } from './recovery-codes';
import { isExpiredChallenge } from './second-factor-step';

/** Required by the structure: set up the app, confirm, note the recovery codes, then in. */
export function EnrolmentAtSignIn({
  jeton,
  onSuccess,
  onRestart,
}: {
  jeton: string;
  onSuccess: (me: MeView) => void;
  onRestart: (message: string) => void;
}) {
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const signedIn = useSignedIn();
  const [done, setDone] = useState<MeAvecCodes | null>(null);

  const fail = (error: unknown) => {
    if (isExpiredChallenge(error)) onRestart((error as Error).message);
    throw error;
  };

  if (done) {
    const { codesSecours, ...me } = done;
    return (
      <RecoveryCodes
        codes={codesSecours}
        onDone={() => {
          signedIn(me);
          onSuccess(me);
        }}
      />
    );
  }
  if (start.data) {
    return (
      <EnrolmentSteps
        view={start.data}
        pending={confirm.isPending}
        confirm={(code) => confirm.mutateAsync({ jeton, code }).then(setDone, fail)}
      />
    );
  }
  return (
    <Stack>
      <Text size="sm">
        Votre structure demande une double authentification : en plus du mot de passe, un code à 6 chiffres
        donné par une application de votre téléphone. Configurez-la maintenant, cela prend deux minutes.
      </Text>
      <FormAlert message={start.error ? errorMessage(start.error) : null} title="Configuration impossible" />
      <Button
        size="md"
        fullWidth
        loading={start.isPending}
        onClick={() => start.mutate(jeton, { onError: (e) => isExpiredChallenge(e) && onRestart(e.message) })}
      >
        Configurer mon application
      </Button>
    </Stack>
  );
}
