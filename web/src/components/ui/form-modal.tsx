import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIsDesktop } from './use-is-desktop';

/** A dialog holding a form: centred on a desktop, full screen on a phone. */
export function FormModal({
  opened,
  onClose,
  title,
  children,
  size = 'lg',
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  size?: string;
}) {
  const isDesktop = useIsDesktop();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      fullScreen={!isDesktop}
      centered={isDesktop}
    >
      {children}
    </Modal>
  );
}
