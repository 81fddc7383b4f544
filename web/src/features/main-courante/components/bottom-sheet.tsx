import { Button, Group, Title } from '@mantine/core';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import classes from './capture.module.css';

/**
 * A light bottom sheet for the capture screen: no portal, no focus trap library (the capture
 * page must stay small). Focus moves into it when it opens; Escape or « Fermer » closes it.
 */
export function BottomSheet({
  opened,
  title,
  onClose,
  children,
}: {
  opened: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (opened) ref.current?.focus();
  }, [opened]);
  if (!opened) return null;
  return (
    <div
      ref={ref}
      className={classes.sheet}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        <Button variant="subtle" size="compact-sm" onClick={onClose} style={{ flexShrink: 0 }}>
          Fermer
        </Button>
      </Group>
      {children}
    </div>
  );
}
