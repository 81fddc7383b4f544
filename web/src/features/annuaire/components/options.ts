import { MOTIF_LABELS } from '@domain/accueil/accueil.taxonomies';
import { PUBLIC_LABELS, PUBLICS, THEMATIQUES } from '@domain/annuaire/annuaire.schema';

export const THEMATIQUE_OPTIONS = THEMATIQUES.map((t) => ({ value: t, label: MOTIF_LABELS[t] }));
export const PUBLIC_OPTIONS = PUBLICS.map((p) => ({ value: p, label: PUBLIC_LABELS[p] }));
