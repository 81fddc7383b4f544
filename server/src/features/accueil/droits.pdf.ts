/** The right of access as a readable PDF: the same content as the JSON, in sections. */
import type { PersonneExport } from '../../../../domain/accueil/personne-droits.schema';
import { jourFr, parisDate } from '../../../../domain/time/paris';
import { renderPdf } from '../../lib/pdf';
import { winAnsi } from '../rapports';

const day = (iso: string) => jourFr(iso.length === 10 ? iso : parisDate(new Date(iso)));
const h2 = (text: string) => ({ text, fontSize: 14, bold: true, color: '#1c3d5a', margin: [0, 16, 0, 6] });
const none = (text: string) => ({ text, italics: true, color: '#555555' });

/** A table with a header row, or a sentence when there is nothing. */
function table(headers: string[], rows: string[][], empty: string) {
  if (rows.length === 0) return none(empty);
  return {
    table: {
      headerRows: 1,
      widths: headers.map(() => '*'),
      body: [headers.map((h) => ({ text: h, bold: true })), ...rows.map((r) => r.map((c) => winAnsi(c)))],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
  };
}

export function exportPdf(e: PersonneExport): Promise<Buffer> {
  const p = e.personne;
  const identite = p.identite
    ? [p.identite.prenom, p.identite.nom, p.identite.telephone, p.identite.email].filter(Boolean).join(' · ')
    : 'Aucune identité enregistrée (fiche pseudonyme).';
  return renderPdf({
    info: { title: 'Vos données — droit d’accès', creator: 'Trame' },
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    content: [
      { text: 'Vos données personnelles', fontSize: 20, bold: true, color: '#1c3d5a' },
      {
        text: winAnsi(
          `${e.structure} — document établi le ${day(e.genereLe)} (droit d’accès, article 15 du RGPD)`,
        ),
        color: '#555555',
        margin: [0, 4, 0, 8],
      },
      h2('Votre fiche'),
      table(
        ['Pseudonyme', 'Quartier', 'Âge', 'Genre', 'Ménage', 'Résidence'],
        [[p.pseudonyme, p.quartier, p.trancheAge, p.genre, p.typeMenage, p.residentQpv]],
        '',
      ),
      { text: winAnsi(`Identité : ${identite}`), margin: [0, 6, 0, 0] },
      h2('Vos consentements'),
      table(
        ['Donné le', 'Pour', 'Forme', 'Partage avec les partenaires', 'Retiré le'],
        e.consentements.map((c) => [
          day(c.donneLe),
          c.finalite,
          c.mode,
          c.partagePartenaires ? 'Oui' : 'Non',
          c.retireLe ? day(c.retireLe) : '—',
        ]),
        'Aucun consentement enregistré.',
      ),
      h2('Vos demandes'),
      table(
        ['Le', 'Canal', 'Motifs', 'Réponses', 'Note'],
        e.demandes.map((d) => [
          day(d.le),
          d.canal,
          d.motifs.join(', '),
          d.reponses.join(', '),
          d.note ?? '—',
        ]),
        'Aucune demande.',
      ),
      h2('Vos orientations'),
      table(
        ['Le', 'Service', 'Statut', 'Depuis le', 'Commentaire du partenaire'],
        e.orientations.map((o) => [
          day(o.le),
          o.service,
          o.statut,
          day(o.statutLe),
          o.commentairePartenaire ?? '—',
        ]),
        'Aucune orientation.',
      ),
      h2('Les situations où vous êtes partie'),
      table(
        ['Situation', 'Statut', 'Ouverte le', 'Votre rôle', 'Votre consentement', 'Étapes'],
        e.situations.map((s) => [
          s.type,
          s.statut,
          day(s.ouverteLe),
          `${s.role} (${s.libelle})`,
          s.consentement,
          s.etapes.map((st) => `${st.type} (${day(st.le)})`).join(', ') || '—',
        ]),
        'Aucune situation.',
      ),
      h2('Qui a consulté ou modifié votre fiche'),
      table(
        ['Le', 'Action', 'Par'],
        e.acces.map((a) => [day(a.le), a.action, a.par]),
        'Aucun accès enregistré.',
      ),
      {
        text:
          'Les notes des situations parlent aussi d’autres personnes : elles ne figurent pas ici. ' +
          'Vous pouvez demander à la structure de vous les communiquer, sans ce qui concerne les autres.',
        fontSize: 9,
        color: '#555555',
        margin: [0, 16, 0, 0],
      },
    ],
  });
}
