/**
 * The orientation slip handed to the resident after a request: one A4 page with the service's
 * name, address, opening hours and contact. Personal data (first name and name) only when the
 * person has an active consent to share with partners (`consentements.partage_partenaires`,
 * not withdrawn), the very consent under which the partner sees the identity; the slip is then
 * audited as a read of the person, in the same transaction. Otherwise no personal data at all.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { notFound } from '../../../../domain/errors';
import { jourFr, parisDate } from '../../../../domain/time/paris';
import {
  annuaireServices,
  annuaireStructures,
  consentements,
  orientations,
  personnes,
} from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { renderPdf } from '../../lib/pdf';
import { presentService } from '../annuaire';
import { winAnsi } from '../rapports';
import { orientationScope } from './orientations.service';

export interface FicheOrientation {
  service: string;
  structure: string;
  adresse: string | null;
  horaires: string | null;
  telephone: string | null;
  courriel: string | null;
  /** « Prénom Nom » with a sharing consent, else null. */
  personne: string | null;
  jour: string;
}

export async function ficheOrientation(ctx: ServiceContext, id: string): Promise<FicheOrientation> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ o: orientations, s: annuaireServices, st: annuaireStructures })
      .from(orientations)
      .innerJoin(annuaireServices, eq(annuaireServices.id, orientations.serviceId))
      .innerJoin(annuaireStructures, eq(annuaireStructures.id, annuaireServices.annuaireStructureId))
      .where(and(eq(orientations.id, id), orientationScope(ctx.actor)));
    if (!row) throw notFound('Orientation');
    const now = ctx.now();
    const v = presentService(row.s, { id: row.st.id, nom: row.st.nom }, null, now);
    let personne: string | null = null;
    if (row.o.personneId) {
      const [p] = await tx
        .select({ id: personnes.id, prenom: personnes.prenom, nom: personnes.nom })
        .from(personnes)
        .innerJoin(consentements, eq(consentements.personneId, personnes.id))
        .where(
          and(
            eq(personnes.id, row.o.personneId),
            eq(consentements.partagePartenaires, true),
            isNull(consentements.withdrawnAt),
          ),
        )
        .limit(1);
      const nom = [p?.prenom, p?.nom].filter(Boolean).join(' ');
      if (p && nom) {
        personne = nom;
        await auditChange(tx, ctx, 'read', 'personne', p.id, {
          extra: { document: 'fiche_orientation', orientationId: id },
        });
      }
    }
    return {
      service: v.nom,
      structure: v.structure.nom,
      adresse: v.adresse,
      horaires: v.horairesTexte,
      telephone: v.telephone,
      courriel: v.courriel,
      personne,
      jour: jourFr(parisDate(now)),
    };
  });
}

const ligne = (label: string, value: string | null) => ({
  margin: [0, 0, 0, 14],
  stack: [
    { text: label, fontSize: 10, color: '#555555' },
    { text: winAnsi(value ?? 'Non renseigné'), fontSize: 15, ...(value ? {} : { italics: true }) },
  ],
});

/** One A4 page, large type: the resident keeps it and shows it at the service's desk. */
export function fichePdf(f: FicheOrientation): Promise<Buffer> {
  const contact = [f.telephone && `Tél. ${f.telephone}`, f.courriel].filter(Boolean).join('\n') || null;
  return renderPdf({
    info: { title: 'Fiche d’orientation', creator: 'Trame' },
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    defaultStyle: { font: 'Helvetica', fontSize: 12, lineHeight: 1.25 },
    content: [
      { text: 'Fiche d’orientation', fontSize: 24, bold: true, color: '#1c3d5a', margin: [0, 0, 0, 6] },
      {
        text: f.personne ? winAnsi(`Pour ${f.personne}, le ${f.jour}`) : `Remise le ${f.jour}`,
        color: '#555555',
        margin: [0, 0, 0, 24],
      },
      { text: 'Vous êtes orienté·e vers :', fontSize: 12, margin: [0, 0, 0, 6] },
      { text: winAnsi(f.service), fontSize: 20, bold: true, margin: [0, 0, 0, 2] },
      { text: winAnsi(f.structure), fontSize: 13, margin: [0, 0, 0, 24] },
      ligne('Adresse', f.adresse),
      ligne('Horaires d’ouverture', f.horaires),
      ligne('Contact', contact),
      {
        text: 'Présentez cette fiche à l’accueil du service. Pensez à prendre vos papiers d’identité et les documents liés à votre démarche.',
        fontSize: 11,
        margin: [0, 20, 0, 0],
      },
    ],
  });
}
