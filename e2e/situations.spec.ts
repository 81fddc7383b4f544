import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import {
  checkPage,
  choose,
  DESKTOP,
  failOnConsoleErrors,
  PHONE,
  postTournee,
  signIn,
  signInWatched,
} from './support';

test.use({ viewport: PHONE });

/**
 * A mediator opens a situation from a contact of the main courante (logged through its API),
 * records two individual meetings, the consent of both sides, a joint meeting and an agreement,
 * prints it, then closes the situation — at 360 px, every page checked.
 */
test('a mediator follows a situation from a contact to its closure', async ({ page }) => {
  // Console errors count once signed in (the login page's own 401 on « who am I » is expected).
  const errors = await signInWatched(page, 'mediation1@demo.trame.local');
  const contactId = randomUUID();
  const activite = await postTournee(page, [
    { id: contactId, nature: 'gestion_conflit', commentaire: 'Tension entre voisins au 3e.' },
  ]);
  // The main courante is built alongside: without its API (404), the situation is opened directly.
  const fromContact = activite.status() !== 404;
  if (fromContact) expect(activite.status(), await activite.text()).toBeLessThan(300);
  else
    test
      .info()
      .annotations.push({ type: 'note', description: 'API main courante absente : ouverture directe' });

  if (fromContact) await page.goto(`/situations?contact=${contactId}`);
  else {
    await page.goto('/situations');
    await page.getByRole('button', { name: 'Ouvrir une situation' }).click();
  }
  const opening = page.getByRole('dialog', { name: 'Ouvrir une situation' });
  await expect(opening).toBeVisible();
  await checkPage(page, 'situation-ouverture');
  await choose(page, opening, 'Type de situation', 'Voisinage — bruit');
  await choose(page, opening, 'Saisine par', 'Habitant·e');
  await opening
    .getByLabel('Description courte et factuelle')
    .fill('Musique forte le soir entre deux logements.');
  await opening.getByRole('button', { name: 'Ouvrir la situation' }).click();
  await expect(page).toHaveURL(/\/situations\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Voisinage — bruit' })).toBeVisible();
  if (fromContact) await expect(page.getByText('Liée à : contact de main courante')).toBeVisible();
  await checkPage(page, 'situation-ouverte');

  const addParty = page.getByRole('form', { name: 'Ajouter une partie' });
  for (const role of ['Demandeur', 'Mis en cause']) {
    await choose(page, addParty, 'Rôle', role);
    await addParty.getByRole('button', { name: 'Ajouter la partie' }).click();
    await expect(page.getByText(`${role} · Ménage`)).toBeVisible();
  }

  const stepForm = page.getByRole('form', { name: 'Nouvelle étape' });
  const forms = ['Nouvelle étape', 'Accord écrit', 'Clôture'];
  /** One form at a time (issue 11, point 6): the chosen one is open, the other two are not. */
  const onlyOpen = async (name: string) => {
    await expect(page.getByRole('form', { name })).toBeVisible();
    for (const other of forms.filter((f) => f !== name)) {
      await expect(page.getByRole('form', { name: other })).toHaveCount(0);
    }
  };
  for (const f of forms) await expect(page.getByRole('form', { name: f })).toHaveCount(0);
  const record = async (step: string, note: string) => {
    await page.getByRole('button', { name: 'Ajouter une étape' }).click();
    await onlyOpen('Nouvelle étape');
    await choose(page, stepForm, 'Étape', step);
    await stepForm.getByLabel('Note courte et factuelle').fill(note);
    await stepForm.getByRole('button', { name: 'Enregistrer l’étape' }).click();
    await expect(page.getByText(note)).toBeVisible();
    await expect(stepForm).toHaveCount(0);
  };
  await record('Entretien individuel', 'Écoute du ménage A, rappel du cadre.');
  await record('Entretien individuel', 'Écoute du ménage B, qui accepte une rencontre.');

  for (const party of ['Ménage A', 'Ménage B']) {
    await page.getByRole('button', { name: `Consentement de ${party}` }).click();
    const consent = page.getByRole('form', { name: `Consentement de ${party}` });
    await consent.getByRole('button', { name: 'Enregistrer le consentement' }).click();
    await expect(consent).toBeHidden();
  }
  await expect(page.getByText(/Consentement : accordé/)).toHaveCount(2);
  await record('Rencontre de médiation', 'Rencontre au local, échanges calmes.');

  // The list tells situations apart: place/QPV, parties' pseudonyms, latest step (point 6).
  const situationUrl = page.url();
  await page.goto('/situations');
  const line = page
    .getByRole('list', { name: 'Situations' })
    .getByRole('listitem')
    .filter({ hasText: 'Voisinage — bruit' })
    .first();
  await expect(line).toContainText(/Parties :\s*Ménage A, Ménage B/);
  await expect(line).toContainText(/Étape :\s*Rencontre de médiation \(\d{2}\/\d{2}\/\d{4}\)/);
  await expect(line).toContainText(/Lieu :\s*\S/);
  await checkPage(page, 'situations-liste-distinctes');
  await page.goto(situationUrl);

  await page.getByRole('button', { name: 'Rédiger l’accord' }).click();
  await onlyOpen('Accord écrit');
  await checkPage(page, 'situation-une-action');
  const accord = page.getByRole('form', { name: 'Accord écrit' });
  await accord
    .getByLabel('Texte de l’accord')
    .fill('Musique coupée à 22 h en semaine ; prévenir en cas de fête.');
  await accord.getByRole('button', { name: 'Enregistrer l’accord' }).click();
  const pdfLink = page.getByRole('link', { name: 'Imprimer l’accord à signer (PDF)' });
  await expect(pdfLink).toBeVisible();
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).length).toBeGreaterThan(1000);
  await checkPage(page, 'situation-accord');

  await page.getByRole('button', { name: 'Clôturer' }).click();
  await onlyOpen('Clôture');
  const closure = page.getByRole('form', { name: 'Clôture' });
  await choose(page, closure, 'Issue', 'Résolu');
  await closure.getByRole('button', { name: 'Clôturer la situation' }).click();
  await expect(page.getByText('Issue :')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Réouverture' })).toBeVisible();
  await checkPage(page, 'situation-cloturee');

  await page.goto('/situations');
  await expect(page.getByRole('heading', { name: 'Mes situations' })).toBeVisible();
  const declare = page.getByRole('form', { name: 'Déclarer un lien' });
  await choose(page, declare, 'Lien', 'Lien d’amitié');
  await choose(page, declare, 'Lieu', 'Square Corot');
  await declare.getByRole('button', { name: 'Déclarer ce lien' }).click();
  await expect(page.getByText(/Lien d’amitié — Square Corot/)).toBeVisible();
  await checkPage(page, 'situations-liste');
  expect(errors).toEqual([]);
});

/** The coordinator sees the team's load and the overdue follow-ups, and opens one to reassign it. */
test('the coordinator follows the team load and overdue follow-ups', async ({ page }) => {
  const errors = await signInWatched(page, 'coordination@demo.trame.local');
  await page.goto('/situations');
  await expect(page.getByRole('heading', { name: 'Charge de l’équipe' })).toBeVisible();
  // At 360 px the team-load cards are folded until asked for (issue 11, point 6).
  const foldToggle = page.getByRole('button', { name: /^Voir la charge/ });
  await expect(foldToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('list', { name: 'Charge de l’équipe' })).toHaveCount(0);
  await checkPage(page, 'situations-charge-repliee');
  await foldToggle.click();
  await expect(page.getByRole('list', { name: 'Charge de l’équipe' })).toBeVisible();
  await page.getByRole('button', { name: 'Masquer la charge' }).click();
  await page.getByRole('checkbox', { name: 'Suivis en retard' }).check();
  await expect(page.getByText('Suivi en retard').first()).toBeVisible();
  await checkPage(page, 'situations-coordination');
  await page.getByRole('list', { name: 'Situations' }).getByRole('link').first().click();
  await expect(page.getByRole('form', { name: 'Attribution' })).toBeVisible();
  await expect(page.getByText('Suivi en retard')).toBeVisible();
  await checkPage(page, 'situation-coordination');
  await page.setViewportSize(DESKTOP);
  await page.goto('/situations');
  await expect(page.getByRole('table', { name: 'Charge de l’équipe' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Situations' });
  for (const header of ['Lieu', 'Parties', 'Étape', 'Prochain suivi / issue'])
    await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
  await checkPage(page, 'situations-coordination');
  expect(errors).toEqual([]);
});

/** A partner that referred situations sees their status, never the notes. */
test('the referring partner sees the status of its referrals only', async ({ page }) => {
  await signIn(page, 'bailleur@demo.trame.local');
  await page.goto('/situations');
  await page.waitForLoadState('networkidle');
  const errors = failOnConsoleErrors(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Situations' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ouvrir une situation' })).toHaveCount(0);
  await checkPage(page, 'situations-partenaire');
  await page.getByRole('list', { name: 'Situations' }).getByRole('link').first().click();
  await expect(page.getByText(/Votre organisation a saisi l’équipe de médiation/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Étapes' })).toHaveCount(0);
  await checkPage(page, 'situation-partenaire');
  expect(errors).toEqual([]);
});
