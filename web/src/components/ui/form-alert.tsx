import { Alert } from '@mantine/core';
import { IconAlert } from './icons';

/** The French message of a failed request or an invalid form, read out by screen readers. */
export function FormAlert({
  message,
  title = 'Impossible d’enregistrer',
}: {
  message: string | null;
  title?: string;
}) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlert />} role="alert">
      {message}
    </Alert>
  );
}
