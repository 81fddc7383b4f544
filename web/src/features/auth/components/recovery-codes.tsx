import { Alert, Button, CopyButton, Group, List, Stack, Text } from '@mantine/core';

/** The 10 recovery codes, shown once: print, copy, then « J’ai noté mes codes ». */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <Stack gap="sm">
      <Alert color="orange" title="Notez vos codes de secours maintenant">
        Ils ne seront plus affichés. Chacun permet une connexion si vous n’avez pas votre téléphone, une seule
        fois. Gardez-les dans un endroit sûr, hors de votre téléphone.
      </Alert>
      <List
        aria-label="Codes de secours"
        listStyleType="none"
        spacing={4}
        ff="monospace"
        fz="lg"
        style={{ columns: '2 9rem' }}
      >
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group gap="xs">
        <Button variant="light" onClick={() => window.print()}>
          Imprimer
        </Button>
        <CopyButton value={codes.join('\n')} timeout={2500}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy} aria-live="polite">
              {copied ? 'Codes copiés' : 'Copier les codes'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed">
        Vous pourrez en générer de nouveaux depuis « Mon compte » ; les anciens cesseront alors de
        fonctionner.
      </Text>
      <Button onClick={onDone} style={{ alignSelf: 'flex-start' }}>
        J’ai noté mes codes
      </Button>
    </Stack>
  );
}
