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
