import { canFollowAlertes, canSendAlerte } from '@domain/alertes/alerte.rules';
import type { AlerteView } from '@domain/alertes/alerte.schema';
import { ALERTE_NIVEAU_LABELS, type AlerteNiveau } from '@domain/alertes/alerte.taxonomies';
import type { MeView } from '@domain/utilisateurs/utilisateur.schema';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { useAlertesFlux } from '../api/alertes-flux';
import { sendAlerte } from '../api/send-alerte';
import { heureDe } from './alerte-format';
import { positionActuelle } from './position';

/** The sender's own alert on its way: retried every 3 s without network, with the same id. */
export interface Envoi {
  id: string;
  niveau: AlerteNiveau;
  etat: 'envoi' | 'reessai' | 'envoyee' | 'refusee';
  erreur: string | null;
}

export interface AlertesState {
  peutEnvoyer: boolean;
  peutSuivre: boolean;
  moi: string;
  /** Every alert seen this session, newest first (closed ones stay until dismissed). */
  alertes: AlerteView[];
  connecte: boolean;
  envoi: Envoi | null;
  /** Starts reading the position while the button is held, so sending does not wait for it. */
  preparer: () => void;
  envoyer: (niveau: AlerteNiveau, message?: string | null) => void;
  oublier: (id: string) => void;
  /** After a short tap on the button: how to send (shown for a few seconds). */
  conseil: boolean;
  expliquer: () => void;
}

const Ctx = createContext<AlertesState | null>(null);
const RETRY_MS = 3000;
const POSITION_MS = 2500;
const CONSEIL_MS = 6000;

/** A notification when the page is in the background, with the permission already given. */
function notifier(a: AlerteView, onOpen: () => void) {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  if (document.visibilityState === 'visible') return;
  const n = new Notification(`Alerte : ${ALERTE_NIVEAU_LABELS[a.niveau]}`, {
    body: `${a.mediateur.nom}, ${heureDe(a.at)}${a.relance ? ' — personne ne l’a encore prise en charge' : ''}`,
    tag: a.id,
    requireInteraction: true,
  });
  n.onclick = () => {
    window.focus();
    onOpen();
    n.close();
  };
}

/** The alerts of the signed-in user's team, shared by the shell's button, banner and the page. */
export function AlertesProvider({
  me,
  onOpenAlertes,
  children,
}: {
  me: MeView;
  onOpenAlertes: () => void;
  children: ReactNode;
}) {
  const actor = { role: me.role };
  const peutSuivre = canFollowAlertes(actor);
  const peutEnvoyer = canSendAlerte(actor);
  const moi = me.user.id;
  const open = useRef(onOpenAlertes);
  open.current = onOpenAlertes;
  const onAlerte = useCallback(
    (a: AlerteView, before: AlerteView | undefined) => {
      if (a.mediateur.id === moi || a.statut !== 'active') return;
      if (!before || (a.relance && !before.relance)) notifier(a, () => open.current());
    },
    [moi],
  );
  const { alertes, connecte } = useAlertesFlux(peutSuivre, onAlerte);
  const [oubliees, setOubliees] = useState<ReadonlySet<string>>(() => new Set());
  const [envoi, setEnvoi] = useState<Envoi | null>(null);
  const [conseil, setConseil] = useState(false);
  const conseilTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const expliquer = useCallback(() => {
    setConseil(true);
    if (conseilTimer.current) clearTimeout(conseilTimer.current);
    conseilTimer.current = setTimeout(() => setConseil(false), CONSEIL_MS);
  }, []);
  const position = useRef<{ at: number; p: ReturnType<typeof positionActuelle> } | null>(null);
  const vivant = useRef(true);
  useEffect(() => {
    vivant.current = true;
    return () => {
      vivant.current = false;
    };
  }, []);

  const preparer = useCallback(() => {
    if (!position.current || Date.now() - position.current.at > 30_000) {
      position.current = { at: Date.now(), p: positionActuelle(POSITION_MS) };
    }
  }, []);

  const envoyer = useCallback(
    (niveau: AlerteNiveau, message: string | null = null) => {
      if (envoi && (envoi.etat === 'envoi' || envoi.etat === 'reessai')) return;
      const id = crypto.randomUUID();
      setEnvoi({ id, niveau, etat: 'envoi', erreur: null });
      setConseil(false);
      preparer();
      const p = position.current!.p;
      void (async () => {
        const pos = await p;
        for (;;) {
          try {
            await sendAlerte({
              id,
              niveau,
              message,
              latitude: pos?.latitude ?? null,
              longitude: pos?.longitude ?? null,
            });
            if (vivant.current) setEnvoi({ id, niveau, etat: 'envoyee', erreur: null });
            return;
          } catch (e) {
            if (!vivant.current) return;
            const reseau = e instanceof ApiError && (e.status === 0 || e.status >= 500);
            setEnvoi({ id, niveau, etat: reseau ? 'reessai' : 'refusee', erreur: errorMessage(e) });
            if (!reseau) return;
            await new Promise((r) => setTimeout(r, RETRY_MS));
          }
        }
      })();
    },
    [envoi, preparer],
  );

  const oublier = useCallback((id: string) => {
    setOubliees((s) => new Set(s).add(id));
    setEnvoi((e) => (e?.id === id ? null : e));
  }, []);

  const value = useMemo<AlertesState>(
    () => ({
      peutEnvoyer,
      peutSuivre,
      moi,
      alertes: [...alertes.values()]
        .filter((a) => !oubliees.has(a.id))
        .sort((x, y) => Date.parse(y.at) - Date.parse(x.at)),
      connecte,
      envoi,
      preparer,
      envoyer,
      oublier,
      conseil,
      expliquer,
    }),
    [
      peutEnvoyer,
      peutSuivre,
      moi,
      alertes,
      oubliees,
      connecte,
      envoi,
      preparer,
      envoyer,
      oublier,
      conseil,
      expliquer,
    ],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAlertes(): AlertesState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAlertes outside AlertesProvider');
  return v;
}
