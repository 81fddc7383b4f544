import type { FastifyInstance } from 'fastify';
import { CATEGORIE_LABELS, type Categorie } from '../../../../domain/signalements/signalement.schema';
import { mailerFor } from '../../lib/mailer';
import { LINK_TTL_DAYS, signLink } from './lien.service';
import type { Transmission } from './statut.service';

/** The address of the page a signed link opens. */
export function linkUrl(app: FastifyInstance, token: string): string {
  const base = app.deps.env.TRAME_PUBLIC_URL ?? `http://localhost:${app.deps.env.PORT}`;
  return `${base.replace(/\/$/, '')}/lien/signalement/${token}`;
}

/**
 * E-mails the partner a signed link to the signalement just sent to them. A failed e-mail is
 * logged, never fatal: the signalement is saved and visible on the partner's portal.
 */
export async function notifyTransmission(app: FastifyInstance, t: Transmission | null): Promise<void> {
  if (!t?.partnerEmail) return;
  const mailer = mailerFor(app.deps.env);
  if (!mailer.enabled) {
    app.log.info({ signalementId: t.signalementId }, 'SMTP not configured: transmission e-mail not sent');
    return;
  }
  try {
    const token = await signLink(app.deps.db, t, app.deps.now());
    const categorie = CATEGORIE_LABELS[t.categorie as Categorie] ?? t.categorie;
    await mailer.send({
      to: t.partnerEmail,
      subject: `Nouveau signalement à traiter : ${categorie}`,
      text: [
        'Bonjour,',
        '',
        `Un signalement (${categorie}) a été transmis à ${t.partnerNom} par l’équipe de médiation sociale.`,
        'Pour le consulter et indiquer sa prise en compte puis sa résolution, ouvrez ce lien :',
        '',
        linkUrl(app, token),
        '',
        `Ce lien personnel est valable ${LINK_TTL_DAYS} jours ; ne le transférez pas.`,
        '',
        'Trame — médiation sociale',
      ].join('\n'),
    });
  } catch (err) {
    app.log.error({ err, signalementId: t.signalementId }, 'transmission e-mail failed');
  }
}
