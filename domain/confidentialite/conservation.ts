/**
 * How long each kind of personal data is kept (issue 16, part 1): the defaults of the CNIL's
 * référentiel on social accompaniment (délibération 2021-028) and its retention rules
 * (délibération 2023-095). The record of processing activities prints them.
 */
export interface Conservation {
  /** What is kept. */
  donnees: string;
  mois: number;
  /** From when the period runs. */
  depuis: string;
}

export const CONSERVATION_DEFAUTS = {
  personnes: { donnees: 'Personnes et leurs demandes', mois: 24, depuis: 'le dernier contact' },
  situations: { donnees: 'Situations de médiation', mois: 24, depuis: 'la clôture' },
  photos: { donnees: 'Photos des signalements', mois: 12, depuis: 'la clôture du signalement' },
  auditLectures: { donnees: 'Journal : consultations', mois: 12, depuis: 'la consultation' },
  auditModifications: {
    donnees: 'Journal : créations et modifications',
    mois: 60,
    depuis: 'la modification',
  },
  sessions: { donnees: 'Sessions et échecs de connexion', mois: 6, depuis: 'la connexion' },
} as const satisfies Record<string, Conservation>;

/** « 2 ans après le dernier contact », « 6 mois après la connexion ». */
export function dureeConservation(c: Conservation): string {
  const duree = c.mois % 12 === 0 ? `${c.mois / 12} an${c.mois === 12 ? '' : 's'}` : `${c.mois} mois`;
  return `${duree} après ${c.depuis}`;
}

export type CleConservation = keyof typeof CONSERVATION_DEFAUTS;
export const CLES_CONSERVATION = Object.keys(CONSERVATION_DEFAUTS) as CleConservation[];
export type Periodes = Record<CleConservation, number>;

/** What a structure may choose, in months: shorter than the law allows, never longer. */
export const CONSERVATION_BORNES: Record<CleConservation, { min: number; max: number }> = {
  personnes: { min: 6, max: 24 },
  situations: { min: 6, max: 24 },
  photos: { min: 1, max: 12 },
  auditLectures: { min: 6, max: 12 },
  auditModifications: { min: 12, max: 60 },
  sessions: { min: 1, max: 6 },
};

/** The structure's periods: its own choices within bounds, the defaults elsewhere. */
export function periodesDe(choix: Partial<Record<string, unknown>> | null | undefined): Periodes {
  const out = {} as Periodes;
  for (const k of CLES_CONSERVATION) {
    const v = choix?.[k];
    const { min, max } = CONSERVATION_BORNES[k];
    out[k] =
      typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : CONSERVATION_DEFAUTS[k].mois;
  }
  return out;
}
