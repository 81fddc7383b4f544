/**
 * Free texts checked for sensitive data before they are saved (issue 16, part 3): the first
 * « Enregistrer » of a text that looks sensitive shows why and how to rephrase; the writer may
 * rephrase or keep the text (the server then counts the kept warning in the audit).
 * The rules and the warning load on the first save: the street pages stay light (issue 15).
 */
import { lazy, Suspense, useRef, useState } from 'react';

type MaybeText = string | null | undefined;

const Warning = lazy(() => import('./sensitive-warning'));
const rules = () => import('@domain/confidentialite/donnees-sensibles');

export interface SensitiveCheck {
  /** True when the texts may be saved: nothing sensitive, or the writer chose to keep these very texts. */
  allows: (...texts: MaybeText[]) => Promise<boolean>;
  messages: string[] | null;
  keep: () => void;
  dismiss: () => void;
}

export function useSensitiveCheck(): SensitiveCheck {
  const kept = useRef<string | null>(null);
  const [warned, setWarned] = useState<{ key: string; messages: string[] } | null>(null);
  return {
    allows: async (...texts) => {
      const written = texts.filter((t): t is string => Boolean(t?.trim()));
      const key = written.join('\n');
      if (written.length === 0 || kept.current === key) return true;
      const { detecterDonneesSensibles, messageDonnees } = await rules();
      const alertes = written.flatMap((t) => detecterDonneesSensibles(t));
      if (alertes.length === 0) return true;
      setWarned({ key, messages: messageDonnees(alertes) });
      return false;
    },
    messages: warned?.messages ?? null,
    keep: () => {
      kept.current = warned?.key ?? null;
      setWarned(null);
    },
    dismiss: () => setWarned(null),
  };
}

/** The warning, where the form shows its errors; « Garder le texte » saves it as it is. */
export function SensitiveTextWarning(props: {
  check: SensitiveCheck;
  /** Saves again (usually `form.requestSubmit()`), once the text is kept. */
  onKeep: () => void;
  /** Where to put the writer back; by default the form's first text area. */
  onRephrase?: () => void;
}) {
  if (!props.check.messages) return null;
  return (
    <Suspense fallback={null}>
      <Warning {...props} messages={props.check.messages} />
    </Suspense>
  );
}
