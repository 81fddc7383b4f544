import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One bordered section of a settings page (« Mon compte », « Structure »): a named region whose
 * h2 title, optional grey explanation and body read in that order.
 */
export function SectionCard({
  id,
  title,
  description,
  children,
}: {
  /** The title's id: the section is labelled by it. */
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="xs" id={id}>
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      ) : null}
      {children}
    </Paper>
  );
}
