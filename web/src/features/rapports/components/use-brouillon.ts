import type { RapportTextes } from '@domain/rapports/rapport-textes.schema';
import { useCallback, useState } from 'react';

/**
 * The bilan texts being typed, kept in this browser's localStorage at each keystroke, so that
 * nothing is lost when the network drops, the tab closes or the save fails. One draft per
 * user and period (a shared computer never shows another user's draft); removed once saved.
 */
export interface Brouillon {
  sections: RapportTextes;
  /** When the draft was last written, ISO instant. */
  at: string;
}

const key = (userId: string, du: string, au: string) => `trame.bilan.brouillon:${userId}:${du}:${au}`;

function read(k: string): Brouillon | null {
  try {
    const raw = localStorage.getItem(k);
    const parsed = raw ? (JSON.parse(raw) as Brouillon) : null;
    return parsed && typeof parsed.sections === 'object' && typeof parsed.at === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function useBrouillon(userId: string, du: string, au: string) {
  const k = key(userId, du, au);
  // The form is keyed by period: one mount, one draft key.
  const [brouillon, setBrouillon] = useState<Brouillon | null>(() => read(k));
  /** false when the browser refuses to store (private mode, full storage): said on screen. */
  const [stockable, setStockable] = useState(true);

  const garder = useCallback(
    (sections: RapportTextes) => {
      const next = { sections, at: new Date().toISOString() };
      try {
        localStorage.setItem(k, JSON.stringify(next));
        setStockable(true);
      } catch {
        setStockable(false);
      }
      setBrouillon(next);
    },
    [k],
  );
  const effacer = useCallback(() => {
    try {
      localStorage.removeItem(k);
    } catch {
      // Nothing stored: nothing to remove.
    }
    setBrouillon(null);
  }, [k]);
  return { brouillon, garder, effacer, stockable };
}
