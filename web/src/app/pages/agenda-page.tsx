import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { useAgenda } from '../../features/agenda/api/get-agenda';
import { AgendaList } from '../../features/agenda/components/agenda-list';
import { formatDate } from '../../lib/dates';

/** A structure's public agenda (issue 14, part 5): its public actions, no account, 360 px. */
export function AgendaPage() {
  const { slug = '' } = useParams();
  const agenda = useAgenda(slug);
  const nom = agenda.data?.structure;
  useEffect(() => {
    document.title = nom ? `Agenda — ${nom} · Trame` : 'Agenda · Trame';
  }, [nom]);
  return (
    <Container size="sm" py="md" component="main">
      <QueryState query={agenda} label="l’agenda">
        {(data) => (
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={1} size="h2">
                Agenda — {data.structure}
              </Title>
              <Text size="sm" c="dimmed">
                Actions ouvertes à tous, du {formatDate(data.du)} au {formatDate(data.au)}.
              </Text>
              <Button component="a" href={data.ical} variant="light" style={{ alignSelf: 'flex-start' }}>
                S’abonner à l’agenda (iCalendar)
              </Button>
            </Stack>
            <AgendaList actions={data.actions} />
          </Stack>
        )}
      </QueryState>
    </Container>
  );
}
