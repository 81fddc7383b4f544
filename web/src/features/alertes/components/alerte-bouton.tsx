import { HoldButton } from '../../../components/ui/hold-button';
import { IconAlert } from '../../../components/ui/icons';
import { useAlertes } from './alertes-provider';

export const HOLD_MS = 1500;

/**
 * The shell's alert button, on every page for those who may send one: held 1.5 s, it sends a
 * « danger » alert with the position; a short tap only says how it works, above the page, never over the
 * button (a pocket cannot trigger it). The « assistance » level and a message are on the alerts page.
 */
export function AlerteBouton() {
  const { peutEnvoyer, envoi, envoyer, preparer, expliquer } = useAlertes();
  if (!peutEnvoyer) return null;
  const enCours = envoi?.etat === 'envoi' || envoi?.etat === 'reessai';
  return (
    <HoldButton
      holdMs={HOLD_MS}
      label="Alerte : maintenir appuyé pour appeler à l’aide"
      hint="Maintenez appuyé… l’alerte part dans un instant."
      disabled={enCours}
      onPress={preparer}
      onHold={() => envoyer('danger')}
      onTap={expliquer}
    >
      <IconAlert size={20} />
      Alerte
    </HoldButton>
  );
}
