import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';

/** The centred card of the pages shown before signing in. */
export function AuthLayout({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · Trame`;
  }, [title]);
  return (
    <Box component="main" bg="gray.0" mih="100dvh" px="sm" py="xl">
      <Center>
        <Stack w="100%" maw={420} gap="lg">
          <Stack gap={0} align="center">
            <Text fw={800} fz={32} c="blue.9" lh={1.1}>
              Trame
            </Text>
            <Text size="sm" c="dimmed">
              La plateforme de la médiation sociale
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" p={{ base: 'md', xs: 'xl' }} radius="md">
            <Stack gap="md">
              <Title order={1} size="h2">
                {title}
              </Title>
              {lead ? <Text size="sm">{lead}</Text> : null}
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
