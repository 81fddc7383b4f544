import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { checkPage, DESKTOP, failOnConsoleErrors, newAccount, PHONE, signIn } from './support';

const COORD = 'coordination@demo.trame.local';

test('a new mediator starts a residents’ project and records a step; coordination adds its funding and moves its status', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const titre = `Repair café ${randomUUID().slice(0, 6)}`;
  const password = 'projets-e2e-2026!';
  await page.setViewportSize(PHONE);
  const email = await newAccount(page, {
    role: 'mediateur',
    prefix: 'projets',
    password,
    prenom: 'Inès',
    nom: 'Projets',
  });
  await page.context().clearCookies();
  const errors = failOnConsoleErrors(page);
  await signIn(page, email, password);

  // The list, from the menu's address, by status with counts.
  await page.goto('/projets');
  await expect(page.getByRole('heading', { level: 1, name: 'Projets d’habitants' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Statut' })).toHaveValue(
    /^En cours \(idée, accompagné\) \(\d+\)$/,
  );
  await checkPage(page, 'projets-liste');

  // The new project, on a phone.
  await page.getByRole('link', { name: 'Nouveau projet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau projet' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Nouveau projet' });
  await form.getByRole('textbox', { name: 'Titre du projet' }).fill(titre);
  await form.getByRole('combobox', { name: 'QPV' }).click();
  await page.getByRole('option', { name: /Frais Vallon/ }).click();
  const porteurs = form.getByRole('combobox', { name: 'Habitant·es porteur·ses' });
  await porteurs.click();
  const porteur = page.getByRole('option').first();
  const pseudonyme = (await porteur.textContent())?.trim() ?? '';
  expect(pseudonyme).not.toBe('');
  await porteur.click();
  await page.keyboard.press('Escape');
  await form
    .getByRole('textbox', { name: 'Description' })
    .fill('Réparer ensemble petits appareils et vélos, un samedi par mois.');
  await checkPage(page, 'projet-nouveau');
  await form.getByRole('button', { name: 'Créer le projet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: titre })).toBeVisible();
  await expect(page.getByText(`Porté par : ${pseudonyme}`)).toBeVisible();

  // A document of the project: the budget the residents wrote, as a PDF.
  const documents = page.getByRole('region', { name: 'Documents' });
  await expect(documents.getByText('Aucun document.')).toBeVisible();
  await documents.locator('input[type="file"]').setInputFiles({
    name: 'Budget prévisionnel.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n'),
  });
  await expect(documents.getByRole('link', { name: 'Budget prévisionnel.pdf' })).toBeVisible();

  // A support step with its hours.
  await page.getByRole('button', { name: 'Ajouter une étape' }).click();
  const etape = page.getByRole('form', { name: 'Nouvelle étape' });
  await etape.getByRole('combobox', { name: 'Étape' }).click();
  await page.getByRole('option', { name: 'Rencontre', exact: true }).click();
  await etape.getByRole('textbox', { name: 'Heures de médiation' }).fill('2,5');
  await etape
    .getByRole('textbox', { name: 'Note courte et factuelle' })
    .fill('Première rencontre au centre social.');
  await etape.getByRole('button', { name: 'Enregistrer l’étape' }).click();
  const chronologie = page.getByRole('list', { name: 'Chronologie du projet' });
  await expect(chronologie).toContainText('Rencontre');
  await expect(chronologie).toContainText('2,5 h de médiation');
  await expect(page.getByRole('list', { name: 'Totaux du projet' })).toContainText('2,5 h');
  // A mediator neither funds nor changes the status (coordination does).
  await expect(page.getByRole('button', { name: 'Ajouter un financement' })).toHaveCount(0);
  await checkPage(page, 'projet-mediateur');
  const url = page.url();

  // Coordination, at a desk: funding sought then obtained, and the status moves.
  await page.context().clearCookies();
  await page.setViewportSize(DESKTOP);
  await signIn(page, COORD);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: titre })).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter un financement' }).click();
  const fin = page.getByRole('form', { name: 'Nouveau financement' });
  await fin.getByRole('textbox', { name: 'Ou autre financeur' }).fill('Fondation de France');
  await fin.getByRole('textbox', { name: 'Montant sollicité' }).fill('1500');
  await fin.getByRole('button', { name: 'Enregistrer le financement' }).click();
  await expect(chronologie).toContainText('Financement : Fondation de France');
  await expect(chronologie).toContainText('En attente de réponse');
  await page
    .getByRole('form', { name: 'Réponse de Fondation de France' })
    .getByRole('button', { name: 'Obtenu' })
    .click();
  const totaux = page.getByRole('list', { name: 'Totaux du projet' });
  await expect(totaux.getByRole('listitem').filter({ hasText: 'Financements obtenus' })).toContainText(
    /1\s500,00\s€/,
  );

  await page.getByRole('combobox', { name: 'Nouveau statut' }).click();
  await page.getByRole('option', { name: 'Accompagné', exact: true }).click();
  await page.getByRole('button', { name: 'Changer le statut' }).click();
  await expect(chronologie).toContainText('Statut : idée → accompagné');
  await expect(chronologie.getByRole('listitem').last()).toContainText('Projet créé (idée)');
  await checkPage(page, 'projet');

  // Coordination edits the project's facts; its carrier stays.
  await page.getByRole('button', { name: 'Modifier' }).click();
  const edition = page.getByRole('form', { name: 'Modifier le projet' });
  await edition.getByRole('textbox', { name: 'Titre du projet' }).fill(`${titre} du samedi`);
  await edition.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${titre} du samedi` })).toBeVisible();
  await expect(page.getByText(`Porté par : ${pseudonyme}`)).toBeVisible();

  // Back in the list, under its status.
  await page.goto('/projets?statut=accompagne');
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill(titre);
  await expect(page.getByRole('link', { name: titre })).toBeVisible();
  await checkPage(page, 'projets-liste');

  // A project started from a collective action carries its title.
  const actions = await (await page.request.get('/api/actions?parPage=1')).json();
  const action = actions.items[0];
  await page.goto(`/projets/nouveau?action=${action.id}`);
  await expect(page.getByRole('textbox', { name: 'Titre du projet' })).toHaveValue(action.titre);
  await expect(page.getByText(`Un projet né de l’action « ${action.titre} »`)).toBeVisible();
  await checkPage(page, 'projet-depuis-action');
  expect(errors).toEqual([]);
});
