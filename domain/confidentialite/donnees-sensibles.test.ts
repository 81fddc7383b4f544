import { describe, expect, it } from 'vitest';
import { type DonneeSensible, detecterDonneesSensibles, messageDonnees } from './donnees-sensibles';

/** Sentences a mediator might write, and the kind each should raise (issue 16, part 3). */
const SHOULD_WARN: Array<[string, DonneeSensible]> = [
  ['il est suivi au CMP pour sa schizophrénie', 'sante'],
  ['Madame souffre de dépression depuis son licenciement', 'sante'],
  ['la voisine est enceinte de sept mois et ne dort plus', 'sante'],
  ['le fils est alcoolique, bagarre hier soir', 'sante'],
  ['sortie d’hôpital psychiatrique la semaine dernière', 'sante'],
  ['personne diabétique, ne peut pas monter les étages', 'sante'],
  ['il a fait une tentative de suicide en octobre', 'sante'],
  ['dossier MDPH en cours pour son fils autiste', 'sante'],
  ['famille musulmane, le père refuse la médiation pendant le ramadan', 'religion'],
  ['conflit entre la mosquée et les riverains sur le stationnement', 'religion'],
  ['il est témoin de Jéhovah et fait du porte-à-porte', 'religion'],
  ['la locataire est très catholique', 'religion'],
  ['le gardien est syndiqué à la CGT', 'opinions'],
  ['militant d’extrême droite, propos hostiles', 'opinions'],
  ['il dit qu’il vote RN depuis toujours', 'opinions'],
  ['couple homosexuel harcelé par le voisin du dessus', 'orientation_sexuelle'],
  ['la jeune est lesbienne et ses parents l’ont mise dehors', 'orientation_sexuelle'],
  ['insultes parce qu’il est gay', 'orientation_sexuelle'],
  ['famille d’origine algérienne arrivée en mai', 'origine'],
  ['un groupe de jeunes maghrébins au pied du bâtiment', 'origine'],
  ['campement de Roms près du canal', 'origine'],
  ['il est sans-papiers et a peur de porter plainte', 'origine'],
  ['il sort de prison depuis deux semaines', 'infraction'],
  ['déjà condamné pour violences, dit le bailleur', 'infraction'],
  ['le grand frère est en garde à vue', 'infraction'],
  ['il porte un bracelet électronique', 'infraction'],
  ['Jean Dupont du 3e étage se plaint du bruit', 'nom_complet'],
  ['rencontre avec Mme Martin au sujet des poubelles', 'nom_complet'],
  ['Fatima Benali accepte la médiation', 'nom_complet'],
  ['rappeler au 06 12 34 56 78 après 18 h', 'coordonnees'],
  ['son e-mail : k.moreau@example.org', 'coordonnees'],
  ['téléphone +33 6 12 34 56 78', 'coordonnees'],
  ['numéro de sécu 1 85 05 13 055 042 17 pour le dossier CAF', 'nir'],
  ['NIR 285057511204231', 'nir'],
  // Missed by the first version (held out while it was written), then taught.
  ['elle porte le voile intégral', 'religion'],
  ['le père est délégué syndical', 'opinions'],
  ['il deale dans le hall B', 'infraction'],
  ['il est en fauteuil roulant', 'sante'],
];

/** Everyday notes that must not warn: a warning on every note would be ignored. */
const SHOULD_NOT_WARN: string[] = [
  'rencontre au city-stade, échange sur le bruit',
  'tournée calme, présence d’une dizaine de jeunes au square Corot',
  'diagnostic en marchant avec le bailleur et la ville',
  'l’origine du bruit est une ventilation du local commercial',
  'origine de la fuite : colonne d’eau du bâtiment A',
  'ascenseur en panne depuis trois jours au bât. B',
  'conflit de voisinage sur le stationnement devant le garage',
  'orientation vers la CAF pour une demande d’APL',
  'accompagnement physique à France Travail',
  'médiation entre le gardien et un locataire au sujet des encombrants',
  'dépôt sauvage rue de l’église, signalé à la ville',
  'réunion des habitants au centre social Frais Vallon',
  'le tram était en retard, tension à l’arrêt',
  'sensibilisation au tri sélectif avec les enfants du quartier',
  'le locataire a accepté de baisser la musique après 22 h',
  'éclairage public défaillant allée des Lilas',
  'rodéo urbain signalé par plusieurs habitants',
  'permanence au local : 12 personnes reçues',
  'aide à la déclaration de revenus sur impots.gouv',
  'la personne souhaite être rappelée la semaine prochaine',
  'échange avec le chef de secteur sur le nettoyage des caves',
  'les jeunes demandent un terrain de foot éclairé',
  'le chien de race du voisin aboie la nuit',
  'porte du hall forcée, le bailleur est prévenu',
  'mise en relation avec l’association de soutien scolaire',
  'rassemblement festif sur la place, pas d’incident',
  'Square Corot : bancs cassés',
  'la médiatrice a rappelé le règlement intérieur',
  'réunion prévue le 12/01/2027 à 18 h au local',
  'point sur les 3 situations en cours avec la coordinatrice',
  'sortie au parc Borély avec le groupe du mercredi',
  'atelier numérique : créer une adresse e-mail',
  'fête des voisins organisée par l’amicale des locataires',
  'le bus 38 ne passe plus le dimanche',
  'le militantisme associatif du quartier est fort',
  'les habitants votent pour le projet de jardin',
];

describe('sensitive data in free text', () => {
  it('warns on the corpus’ sensitive sentences and stays quiet on everyday notes', () => {
    const misses = SHOULD_WARN.filter(
      ([text, kind]) => !detecterDonneesSensibles(text).some((a) => a.kind === kind),
    );
    const falseAlarms = SHOULD_NOT_WARN.filter((text) => detecterDonneesSensibles(text).length > 0);
    console.info(
      `corpus: ${SHOULD_WARN.length} sensitive, ${SHOULD_NOT_WARN.length} everyday; ` +
        `false negatives ${misses.length}, false positives ${falseAlarms.length}`,
    );
    expect(misses.map(([t]) => t)).toEqual([]);
    expect(falseAlarms.map((t) => [t, detecterDonneesSensibles(t)])).toEqual([]);
  });

  it('quotes the words as typed and says how to rephrase, in French', () => {
    const alertes = detecterDonneesSensibles('il est suivi au CMP pour sa schizophrénie');
    expect(alertes).toEqual([{ kind: 'sante', extrait: 'CMP' }]);
    expect(messageDonnees(alertes)[0]).toMatch(/^Santé \(« CMP »\) : Une donnée de santé/);
    expect(detecterDonneesSensibles('Schizophrénie')[0]?.extrait).toBe('Schizophrénie');
  });

  it('says each kind once, and nothing for an empty text', () => {
    const kinds = detecterDonneesSensibles('Mme Martin, 06 12 34 56 78, sort de prison, en dépression').map(
      (a) => a.kind,
    );
    expect(kinds.sort()).toEqual(['coordonnees', 'infraction', 'nom_complet', 'sante']);
    expect(detecterDonneesSensibles('')).toEqual([]);
    expect(detecterDonneesSensibles(null)).toEqual([]);
  });
});
