import {
  type RapportTextesView,
  TEXTE_SECTION_INFO,
  TEXTE_SECTIONS,
} from '@domain/rapports/rapport-textes.schema';
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';

/** The sections as written, for a role that reads the bilan but does not write it. */
export function BilanTextesLecture({ view }: { view: RapportTextesView }) {
  return (
    <Stack gap="md">
      <Alert color="gray" variant="light" title="Lecture seule">
        Seules la coordination, la direction et l’administration rédigent les textes du bilan.
      </Alert>
      {TEXTE_SECTIONS.map((s) => (
        <Paper key={s} withBorder p="md" component="section" aria-labelledby={`titre-${s}`}>
          <Title order={2} size="h4" id={`titre-${s}`} mb={4}>
            {TEXTE_SECTION_INFO[s].label}
          </Title>
          {view.sections[s] ? (
            // Shown as typed: line breaks kept, never read as markup.
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {view.sections[s]}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              Pas encore rédigé pour cette période.
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
