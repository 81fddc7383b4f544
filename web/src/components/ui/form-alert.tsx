import { Alert, Button, Group, Text } from '@mantine/core';
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

/** A short French error under a field or a button (a refused photo, a file), read out at once. */
export function InlineError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Text size="sm" c="red.8" role="alert">
      {message}
    </Text>
  );
}

/** The end of a form: its error, then « Annuler » and the submit button on the right. */
export function FormFooter({
  message,
  onCancel,
  submitLabel,
  loading,
}: {
  message: string | null;
  onCancel: () => void;
  submitLabel: string;
  loading: boolean;
}) {
  return (
    <>
      <FormAlert message={message} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Annuler
        </Button>
        <Button type="submit" loading={loading}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
