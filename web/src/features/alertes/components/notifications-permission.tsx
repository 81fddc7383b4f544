import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';

const etatInitial = (): NotificationPermission | 'indisponible' =>
  typeof Notification === 'undefined' ? 'indisponible' : Notification.permission;

/** Asks, on a tap (browsers require one), to show alerts as notifications when Trame is in the background. */
export function NotificationsPermission() {
  const [etat, setEtat] = useState(etatInitial);
  if (etat === 'indisponible') return null;
  if (etat === 'granted')
    return (
      <Text size="sm">
        Notifications activées : une alerte s’affiche même quand Trame est en arrière-plan.
      </Text>
    );
  if (etat === 'denied')
    return (
      <Text size="sm">
        Les notifications sont bloquées pour Trame dans ce navigateur : autorisez-les dans ses réglages pour
        être prévenu·e d’une alerte quand Trame est en arrière-plan.
      </Text>
    );
  return (
    <Group gap="sm" justify="space-between">
      <Text size="sm">Être prévenu·e d’une alerte quand Trame est en arrière-plan.</Text>
      <Button variant="default" onClick={() => void Notification.requestPermission().then(setEtat)}>
        Activer les notifications
      </Button>
    </Group>
  );
}
