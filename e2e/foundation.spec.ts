import { expect, test } from '@playwright/test';
import { checkPage, DESKTOP, failOnConsoleErrors, PHONE, signIn } from './support';

test.describe('foundation: a coordinator sets up the territory and the team', () => {
  test('admin creates a sector, a place and a mediator account; the mediator activates it and signs in', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const errors = failOnConsoleErrors(page);
    await signIn(page, 'admin@demo.trame.local');

    await page.goto('/admin/territoires');
    await page.getByRole('link', { name: 'Frais Vallon' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Frais Vallon');
    await page.getByLabel('Nouveau secteur').fill('Secteur des Platanes');
    await page.getByRole('button', { name: 'Ajouter le secteur' }).click();
    await expect(page.getByRole('list', { name: 'Secteurs' })).toContainText('Secteur des Platanes');

    await page.getByRole('button', { name: 'Ajouter un lieu' }).click();
    await page.getByLabel('Nom du lieu').fill('Jardin partagé des Platanes');
    await page.getByRole('combobox', { name: 'Type de lieu' }).click();
    await page.getByRole('option', { name: 'Équipement' }).click();
    await page.getByRole('combobox', { name: 'Secteur', exact: true }).click();
    await page.getByRole('option', { name: 'Secteur des Platanes' }).click();
    await page.getByLabel('Latitude').fill('43.3251');
    await page.getByLabel('Longitude').fill('5.4289');
    await page.getByRole('button', { name: 'Ajouter le lieu' }).click();
    await expect(page.getByRole('cell', { name: 'Jardin partagé des Platanes', exact: true })).toBeVisible();

    await page.goto('/admin/utilisateurs');
    await page.getByRole('button', { name: 'Nouveau compte' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau compte' });
    await dialog.getByRole('textbox', { name: 'Prénom', exact: true }).fill('Rayan');
    await dialog.getByRole('textbox', { name: 'Nom', exact: true }).fill('Mansouri');
    await dialog.getByRole('textbox', { name: 'Adresse e-mail' }).fill('rayan.mansouri@demo.trame.local');
    await dialog.getByRole('combobox', { name: 'Rôle' }).click();
    await page.getByRole('option', { name: 'Médiateur·rice' }).click();
    await dialog.getByRole('button', { name: 'Créer le compte' }).click();
    const link = page.getByLabel('Lien d’activation à transmettre');
    await expect(link).toHaveValue(/\/activer\//);
    const activationUrl = new URL(await link.inputValue());
    await page.getByRole('button', { name: 'Terminé' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
    await expect(page).toHaveURL(/\/connexion/);

    await page.goto(activationUrl.pathname);
    await page
      .getByRole('textbox', { name: 'Nouveau mot de passe', exact: true })
      .fill('platanes-2026-securise');
    await page
      .getByRole('textbox', { name: 'Confirmer le mot de passe', exact: true })
      .fill('platanes-2026-securise');
    await page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click();
    await expect(page).toHaveURL(/\/connexion/);
    await signIn(page, 'rayan.mansouri@demo.trame.local', 'platanes-2026-securise');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aujourd’hui');
    await expect(page.getByText(/^Bonj|^Bons/).filter({ hasText: 'Rayan' })).toBeVisible();
    await expect(page.getByText('Médiateur·rice').first()).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the coordinator creates their own API token with a lifetime; the journal says how it was made', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const errors = failOnConsoleErrors(page);
    await signIn(page, 'coordination@demo.trame.local');
    await page.getByRole('link', { name: 'Jetons d’API' }).first().click();
    await page.getByRole('button', { name: 'Nouveau jeton' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau jeton' });
    await dialog.getByRole('textbox', { name: 'Nom du jeton' }).fill('Tableau de bord ville');
    await expect(dialog.getByRole('combobox', { name: 'Compte rattaché' })).toHaveCount(0);
    await dialog.getByRole('combobox', { name: 'Durée de validité' }).click();
    await page.getByRole('option', { name: '30 jours' }).click();
    await dialog.getByRole('button', { name: 'Créer le jeton' }).click();
    const secret = await page.getByLabel('Jeton d’accès à l’API').inputValue();
    expect(secret).toMatch(/^trm_/);
    const expiry = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris' }).format(
      new Date(Date.now() + 30 * 86400_000),
    );
    await expect(page.getByText(`jusqu’au ${expiry}`)).toBeVisible();
    await page.getByRole('button', { name: 'J’ai copié le jeton' }).click();
    const row = page.getByRole('row', { name: /Tableau de bord ville/ });
    await expect(row).toContainText(expiry);
    await expect(row).toContainText('Actif');
    const me = await page.request.get('/api/auth/me', { headers: { authorization: `Bearer ${secret}` } });
    expect((await me.json()).role).toBe('coordinateur');
    await page.getByRole('button', { name: 'Se déconnecter' }).first().click();

    await signIn(page, 'admin@demo.trame.local');
    await page.goto('/admin/journal?type=jeton_api');
    const line = page.getByRole('row').filter({ hasText: 'Jeton d’API' }).first();
    await expect(line).toContainText('session');
    await page.goto('/admin/jetons');
    await expect(page.getByRole('row', { name: /Tableau de bord ville/ })).toContainText('Nadia Rahmani');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    test(`every foundation page passes axe-core at ${viewport.width}px`, async ({ browser }) => {
      // Eleven pages, each through axe-core and the target measure: more than one journey's minute
      // on a loaded machine (as the walk's).
      test.setTimeout(180_000);
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const errors = failOnConsoleErrors(page);
      await page.goto('/connexion');
      await checkPage(page, 'connexion');
      await page.goto('/activer/lien-inconnu-0123456789abcdef');
      await checkPage(page, 'activation');
      await signIn(page, 'admin@demo.trame.local');
      const pages: Array<[string, string]> = [
        ['/', 'accueil'],
        ['/mon-compte', 'mon-compte'],
        ['/admin/structure', 'structure'],
        ['/admin/territoires', 'territoires'],
        ['/admin/partenaires', 'partenaires'],
        ['/admin/utilisateurs', 'utilisateurs'],
        ['/admin/jetons', 'jetons'],
        ['/admin/journal', 'journal'],
        ['/page-inexistante', 'introuvable'],
      ];
      for (const [url, name] of pages) {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await checkPage(page, name);
      }
      await page.goto('/admin/territoires');
      await page.getByRole('link', { name: 'Malpassé Corot' }).first().click();
      await expect(page.getByRole('heading', { level: 2, name: 'Lieux' })).toBeVisible();
      await checkPage(page, 'territoire');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
