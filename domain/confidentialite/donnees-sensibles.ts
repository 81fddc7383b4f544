/**
 * Sensitive data in a free text (issue 16, part 3): before a note is saved, say when it looks
 * like it holds what the GDPR (art. 9 and 10) and the CNIL's référentiel on social
 * accompaniment keep out of such notes — health, religion, opinions, sexual orientation,
 * origin, offences — or what identifies a resident directly: a full name, a phone number or an
 * e-mail, a social-security number. Pure and shared: the web warns as the text is typed, the
 * server counts in the audit a warning the writer chose to keep. A hint, never a refusal.
 */
import { type CodeOf, codeList } from '../code-list';

export const DONNEE_SENSIBLE_LIST = codeList({
  sante: 'Santé',
  religion: 'Religion',
  opinions: 'Opinions politiques ou syndicales',
  orientation_sexuelle: 'Orientation sexuelle',
  origine: 'Origine',
  infraction: 'Infractions et condamnations',
  nom_complet: 'Nom et prénom',
  coordonnees: 'Téléphone ou e-mail',
  nir: 'Numéro de sécurité sociale',
});
export type DonneeSensible = CodeOf<typeof DONNEE_SENSIBLE_LIST>;
export const DONNEE_SENSIBLE_LABELS = DONNEE_SENSIBLE_LIST.labels;

/** Why each kind should stay out, and how to say the same thing without it. */
export const DONNEE_SENSIBLE_CONSEILS: Record<DonneeSensible, string> = {
  sante:
    'Une donnée de santé n’a pas sa place dans une note : écrivez le besoin (« orientée vers un service de santé »), pas le diagnostic.',
  religion: 'La religion d’une personne ne s’écrit pas : décrivez la situation sans elle.',
  opinions: 'Les opinions politiques ou syndicales ne s’écrivent pas : décrivez les faits.',
  orientation_sexuelle: 'L’orientation sexuelle ne s’écrit pas : décrivez la situation sans elle.',
  origine: 'L’origine d’une personne ne s’écrit pas : elle n’aide pas à suivre la situation.',
  infraction:
    'Les infractions et condamnations ne s’écrivent que par qui en a le droit : décrivez ce que vous avez vu, sans qualifier.',
  nom_complet: 'Un nom identifie la personne : utilisez son pseudonyme ou « la personne », « le voisin ».',
  coordonnees: 'Les coordonnées vont dans la fiche de la personne (avec son accord), pas dans une note.',
  nir: 'Le numéro de sécurité sociale ne s’écrit jamais dans Trame.',
};

export interface AlerteDonnee {
  kind: DonneeSensible;
  /** The words that triggered it, as typed. */
  extrait: string;
}

/** Lower case without accents, so « schizophrénie » and « SCHIZOPHRENIE » read alike. */
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Words (accent-free, lower case); a trailing `*` matches any ending. */
/** A comma-separated list of words. */
const words = (list: string) => list.split(', ');

const WORDS: Record<Exclude<DonneeSensible, 'nom_complet' | 'coordonnees' | 'nir'>, string[]> = {
  sante: words(
    'schizophren*, psychiatr*, psychose, psychotique*, bipolaire*, depression*, depressi*, ' +
      'cmp, cmpp, hopital psychiatrique, maladie*, malade*, cancer*, diabet*, vih, sida, ' +
      'seropositi*, hepatite, enceinte, grossesse, ivg, avortement, handicap*, autis*, ' +
      'alcoolique*, alcoolisme, toxicomane*, toxicomanie, addiction*, methadone, subutex, ' +
      'suicid*, tentative de suicide, traitement medical, sous traitement, antidepresseur*, ' +
      'neuroleptique*, alzheimer, demence, epilepsi*, hospitalise*, hospitalisation, invalidite, ' +
      'mdph, tuberculose, covid, fauteuil roulant',
  ),
  religion: words(
    'musulman*, chretien*, catholique*, protestant*, juif, juive*, juifs, islam*, mosquee*, ' +
      'eglise*, synagogue*, ramadan, religion*, religieu*, evangeli*, temoin de jehovah, ' +
      'temoins de jehovah, bouddhis*, athee*, voilee*, porte le voile, voile integral',
  ),
  opinions: words(
    'syndique*, syndical, syndicaliste*, delegue syndical, cgt, cfdt, sud solidaires, militant, militante, militants, militantes, vote pour, vote rn, ' +
      'extreme droite, extreme gauche, front national, rassemblement national, france insoumise, ' +
      'communiste*, gauchiste*, facho*, anarchiste*, encarte*',
  ),
  orientation_sexuelle: words(
    'homosexuel*, homo, gay, gays, lesbienne*, bisexuel*, lgbt*, orientation sexuelle, ' +
      'transgenre*, trans, queer, pede*',
  ),
  origine: words(
    'd origine, maghrebin*, africain*, noir de peau, couleur de peau, gitan*, rom, roms, ' +
      'manouche*, ethnie*, ethnique*, race, beur*, rebeu*, renoi*, immigre*, sans papiers, ' +
      'sans-papiers, nationalite',
  ),
  infraction: words(
    'casier judiciaire, condamne*, condamnation*, prison, incarcere*, incarceration, detenu*, ' +
      'detention, garde a vue, controle judiciaire, bracelet electronique, deal, deale*, dealer*, dealeur*, ' +
      'trafiquant*, delinquant*, recidivist*, sursis, mis en examen, ' +
      'deja connu des services de police',
  ),
};

/** Phrases that contain a listed word but say nothing sensitive about anyone. */
const HARMLESS = words(
  'diagnostic en marchant, maladie de la pierre, origine du bruit, origine de la fuite, ' +
    'a l origine, origine du probleme, origine inconnue, origine du conflit, ' +
    'origine de l incendie, eglise saint, place de l eglise, rue de l eglise, ' +
    'parvis de l eglise, chien de race, race de chien',
);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (w: string) =>
  escapeRegExp(w.replace(/\*$/, '')).replace(/ /g, "[\\s\\-']+") + (w.endsWith('*') ? '[a-z]*' : '');

const KIND_PATTERNS = Object.entries(WORDS).map(
  ([kind, words]) =>
    [
      kind as DonneeSensible,
      new RegExp(`(?<![a-z])(?:${words.map(wordPattern).join('|')})(?![a-z])`, 'g'),
    ] as const,
);

const PHONE = /(?<!\d)(?:\+33[\s.]?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
/** A French NIR: sex, year, month, department (2A/2B too), commune, order, optional key. */
const NIR =
  /(?<!\d)[12][\s.]?\d{2}[\s.]?(?:0[1-9]|1[0-2]|[2-9]\d)[\s.]?(?:\d{2}|2[ab])[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{2})?(?!\d)/i;
const CIVILITE = /\b(?:M\.|Mr|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+[A-ZÀ-Ý][a-zà-ÿ'-]+/;

/** Common first names (accent-free, lower case): one followed by a capitalised word is a full name. */
const PRENOMS = new Set(
  (
    'jean pierre michel andre philippe alain jacques bernard christian daniel patrick nicolas eric ' +
    'david thomas julien laurent sebastien christophe stephane frederic olivier francois paul marc ' +
    'mohamed mohammed ahmed ali karim rachid said youssef mehdi nabil samir hassan omar moussa mamadou ' +
    'ibrahim abdel kevin lucas hugo louis nathan enzo theo maxime alexandre antoine romain vincent ' +
    'marie nathalie isabelle sylvie catherine francoise christine monique valerie sandrine sophie ' +
    'celine julie aurelie emilie laura sarah lea manon camille chloe ines fatima aicha samia nadia ' +
    'leila yasmina khadija amina malika farida zohra myriam karima naima sonia jessica melanie anne'
  ).split(' '),
);

function fullName(text: string): string | null {
  const civilite = CIVILITE.exec(text);
  if (civilite) return civilite[0];
  for (const m of text.matchAll(/\b([A-ZÀ-Ý][a-zà-ÿ'-]+)\s+([A-ZÀ-Ý][A-ZÀ-Ýa-zà-ÿ'-]+)/g)) {
    if (PRENOMS.has(plain(m[1] as string))) return m[0];
  }
  return null;
}

/** What in `text` looks like sensitive data, one entry a kind (the first words found). */
export function detecterDonneesSensibles(text: string | null | undefined): AlerteDonnee[] {
  if (!text?.trim()) return [];
  let flat = plain(text).replace(/[’']/g, ' ');
  for (const h of HARMLESS) flat = flat.split(h).join(' '.repeat(h.length));
  const found: AlerteDonnee[] = [];
  for (const [kind, pattern] of KIND_PATTERNS) {
    pattern.lastIndex = 0;
    const m = pattern.exec(flat);
    // The same offsets in the original text: one letter stays one letter once its accent is removed.
    if (m) found.push({ kind, extrait: text.normalize('NFC').slice(m.index, m.index + m[0].length) });
  }
  const name = fullName(text);
  if (name) found.push({ kind: 'nom_complet', extrait: name });
  const contact = PHONE.exec(text) ?? EMAIL.exec(text);
  if (contact) found.push({ kind: 'coordonnees', extrait: contact[0] });
  const nir = NIR.exec(text);
  if (nir && !PHONE.test(nir[0])) found.push({ kind: 'nir', extrait: nir[0] });
  return found;
}

/** The warning in French: what was seen, and how to rephrase. */
export function messageDonnees(alertes: readonly AlerteDonnee[]): string[] {
  return alertes.map(
    (a) => `${DONNEE_SENSIBLE_LIST.labels[a.kind]} (« ${a.extrait} ») : ${DONNEE_SENSIBLE_CONSEILS[a.kind]}`,
  );
}
