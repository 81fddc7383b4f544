import type { DeuxiemeFacteurEtat, EnrolementView } from '@domain/utilisateurs/deuxieme-facteur.schema';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { FormAlert } from '../../../components/ui/form-alert';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/api-client';
import { useConfirmOwnEnrolment } from '../api/confirm-own-enrolment';
import { useDisableSecondFactor } from '../api/disable-second-factor';
import { useSecondFactor } from '../api/get-second-factor';
import { useRegenerateRecoveryCodes } from '../api/regenerate-recovery-codes';
import { useStartOwnEnrolment } from '../api/start-own-enrolment';
import { EnrolmentSteps } from './enrolment-steps';
import { RecoveryCodes } from './recovery-codes';

/** « Mon compte » › Double authentification: turn it on, new recovery codes, turn it off. */
export function SecondFactorSection() {
  const state = useSecondFactor();
  const start = useStartOwnEnrolment();
  const confirm = useConfirmOwnEnrolment();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableSecondFactor();
  const [enrolment, setEnrolment] = useState<EnrolementView | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
  if (enrolment) {
    return (
      <Stack gap="sm">
        <EnrolmentSteps
          view={enrolment}
          pending={confirm.isPending}
          confirm={(code) =>
            confirm.mutateAsync(code).then((r) => {
              setEnrolment(null);
              setCodes(r.codesSecours);
            })
          }
        />
        <Button variant="subtle" onClick={() => setEnrolment(null)} style={{ alignSelf: 'flex-start' }}>
          Annuler
        </Button>
      </Stack>
    );
  }

  const status = (s: DeuxiemeFacteurEtat) =>
    s.actif ? (
      <Text size="sm">
        <Badge color="teal" variant="light" mr="xs">
          Activée
        </Badge>
        {s.codesSecoursRestants} code{s.codesSecoursRestants > 1 ? 's' : ''} de secours restant
        {s.codesSecoursRestants > 1 ? 's' : ''}.
      </Text>
    ) : (
      <Text size="sm">
        <Badge color="gray" variant="light" mr="xs">
          Désactivée
        </Badge>
        {s.obligatoire ? 'Votre structure l’exige : elle vous sera demandée à la prochaine connexion.' : null}
      </Text>
    );

  return (
    <QueryState query={state} label="votre double authentification">
      {(s) => (
        <Stack gap="sm">
          {status(s)}
          <FormAlert
            message={start.error || regenerate.error ? errorMessage(start.error ?? regenerate.error) : null}
          />
          <Group gap="xs">
            <Button
              variant={s.actif ? 'light' : 'filled'}
              loading={start.isPending}
              onClick={() => start.mutate(undefined, { onSuccess: setEnrolment })}
            >
              {s.actif ? 'Changer de téléphone' : 'Activer la double authentification'}
            </Button>
            {s.actif ? (
              <ConfirmButton
                title="Régénérer les codes de secours"
                message="Dix nouveaux codes remplaceront les anciens, qui cesseront de fonctionner."
                confirmLabel="Régénérer"
                buttonProps={{ variant: 'light' }}
                onConfirm={() => regenerate.mutateAsync().then((r) => setCodes(r.codesSecours))}
              >
                Régénérer les codes de secours
              </ConfirmButton>
            ) : null}
            {s.actif && !s.obligatoire ? (
              <ConfirmButton
                title="Désactiver la double authentification"
                message="Votre mot de passe suffira de nouveau pour vous connecter."
                confirmLabel="Désactiver"
                buttonProps={{ variant: 'light', color: 'red' }}
                onConfirm={() => disable.mutateAsync()}
              >
                Désactiver
              </ConfirmButton>
            ) : null}
          </Group>
          {s.actif && s.obligatoire ? (
            <Text size="sm" c="dimmed">
              Votre structure exige la double authentification : elle ne peut pas être désactivée.
            </Text>
          ) : null}
        </Stack>
      )}
    </QueryState>
  );
}
