import { ALERTE_NIVEAU_LABELS, type AlerteNiveau } from '@domain/alertes/alerte.taxonomies';
import { Card, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { HoldButton } from '../../../components/ui/hold-button';
import { HOLD_MS } from './alerte-bouton';
import classes from './alertes.module.css';
import { useAlertes } from './alertes-provider';

/**
 * Both levels, each behind a hold, with an optional short message (« hall B, 3e étage »). The
 * shell's button sends « danger » at once; here a mediator can ask for a colleague instead.
 */
export function EnvoyerAlerte() {
  const { peutEnvoyer, envoi, envoyer, preparer } = useAlertes();
  const [message, setMessage] = useState('');
  if (!peutEnvoyer) return null;
  const enCours = envoi?.etat === 'envoi' || envoi?.etat === 'reessai';
  const bouton = (niveau: AlerteNiveau) => (
    <HoldButton
      holdMs={HOLD_MS}
      className={niveau === 'assistance' ? `${classes.grand} ${classes.assistance}` : classes.grand}
      label={`${ALERTE_NIVEAU_LABELS[niveau]} : maintenir appuyé pour envoyer`}
      hint="Maintenez appuyé… l’alerte part dans un instant."
      disabled={enCours}
      onPress={preparer}
      onHold={() => {
        envoyer(niveau, message.trim() === '' ? null : message.trim());
        setMessage('');
      }}
    >
      {ALERTE_NIVEAU_LABELS[niveau]}
    </HoldButton>
  );
  return (
    <Card withBorder component="section" aria-labelledby="envoyer-alerte" padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id="envoyer-alerte">
          Appeler à l’aide
        </Title>
        <Text size="sm">
          Maintenez un bouton appuyé une seconde et demie : l’alerte part avec votre position vers la
          coordination, la direction et les collègues en service.
        </Text>
        <Textarea
          label="Message (facultatif)"
          description="Où vous êtes, ce qu’il faut savoir. Sans nom d’habitant·e."
          maxLength={300}
          autosize
          minRows={1}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {bouton('danger')}
          {bouton('assistance')}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
