import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../../lib/api-client';
import { FormAlert } from './form-alert';

/**
 * A destructive action behind a confirmation dialog. The dialog stays open with the server's
 * message if the action fails.
 */
export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  onConfirm,
  buttonProps,
  ariaLabel,
}: {
  children: ReactNode;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  buttonProps?: ButtonProps;
  /** Names the target when the visible text alone (« Supprimer ») is ambiguous. */
  ariaLabel?: string;
}) {
  const [opened, setOpened] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    if (pending) return;
    setOpened(false);
    setError(null);
  };
  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setOpened(false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button
        color="red"
        variant="light"
        size="compact-sm"
        {...buttonProps}
        aria-label={ariaLabel}
        onClick={() => setOpened(true)}
      >
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Stack>
          <Text size="sm">{message}</Text>
          <FormAlert message={error} title="L’opération a échoué" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={pending}>
              Annuler
            </Button>
            <Button color="red" onClick={confirm} loading={pending}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
