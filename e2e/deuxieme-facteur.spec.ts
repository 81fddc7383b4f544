import { expect, type Page, test } from '@playwright/test';
import { base32Decode, hotp, totpStep } from '../server/src/lib/totp';
import { checkPage, failOnConsoleErrors, newAccount, PHONE, signIn } from './support';

/**
 * Second factor (ADR 029) at 360 px, on coordinators created by the test through the admin: the
 * demo accounts are signed in by other specs and must never be enrolled.
 */
const PASSWORD = 'double-facteur-2026';

/** An active coordinator created by the test, with its own password; answers their e-mail. */
const newCoordinator = (page: Page) =>
  newAccount(page, {
    role: 'coordinateur',
    prefix: 'coord-2fa',
    password: PASSWORD,
    prenom: 'Inès',
    nom: 'Garnier',
  });

/** A code the server takes: of a time step after the one already used (replays are refused). */
function codeAfter(secret: string, usedStep: number): { code: string; step: number } {
  const step = Math.max(totpStep(new Date()), usedStep + 1);
  return { code: hotp(base32Decode(secret), step), step };
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
  await expect(page).toHaveURL(/\/connexion/);
}

async function passwordStep(page: Page, email: string) {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}

/** Reads the 10 recovery codes off the screen, checks it, and notes them. */
async function noteRecoveryCodes(page: Page, name: string): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Codes de secours' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const codes = await list.getByRole('listitem').allInnerTexts();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  await checkPage(page, name);
  await page.getByRole('button', { name: 'J’ai noté mes codes' }).click();
  return codes;
}

/** Scans nothing: reads the secret typed by hand, confirms with its current code. */
async function confirmApp(page: Page, name: string): Promise<{ secret: string; step: number }> {
  const secretField = page.getByRole('textbox', { name: 'Clé à saisir à la main' });
  await expect(secretField).toHaveValue(/^[A-Z2-7]{32}$/);
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  await checkPage(page, name);
  const secret = await secretField.inputValue();
  const { code, step } = codeAfter(secret, 0);
  await page.getByRole('textbox', { name: 'Code affiché par l’application' }).fill(code);
  await page.getByRole('button', { name: 'Activer', exact: true }).click();
  return { secret, step };
}

test.describe('double authentification', () => {
  test.use({ viewport: PHONE });

  test('a coordinator turns it on from « Mon compte », then signs in with a code, a recovery code, and after the admin’s reset', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const errors = failOnConsoleErrors(page);
    const email = await newCoordinator(page);
    await signOut(page);

    await signIn(page, email, PASSWORD);
    await page.goto('/mon-compte');
    await expect(page.getByRole('heading', { name: 'Double authentification' })).toBeVisible();
    await checkPage(page, 'deuxieme-facteur-compte');
    await page.getByRole('button', { name: 'Activer la double authentification' }).click();
    const { secret, step } = await confirmApp(page, 'deuxieme-facteur-compte-enrolement');
    const codes = await noteRecoveryCodes(page, 'deuxieme-facteur-compte-codes');
    await expect(page.getByText('10 codes de secours restants.')).toBeVisible();
    await checkPage(page, 'deuxieme-facteur-compte-actif');
    await signOut(page);

    await passwordStep(page, email);
    const codeField = page.getByRole('textbox', { name: 'Code à 6 chiffres' });
    await expect(codeField).toHaveAttribute('inputmode', 'numeric');
    await expect(codeField).toHaveAttribute('autocomplete', 'one-time-code');
    await checkPage(page, 'deuxieme-facteur-code');
    await codeField.fill('000000');
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page.getByRole('alert')).toContainText('Code incorrect ou expiré.');
    await codeField.fill(codeAfter(secret, step).code);
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page).not.toHaveURL(/\/connexion/, { timeout: 15_000 });
    await signOut(page);

    await passwordStep(page, email);
    await page.getByRole('button', { name: 'Utiliser un code de secours' }).click();
    await checkPage(page, 'deuxieme-facteur-secours');
    await page.getByRole('textbox', { name: 'Code de secours' }).fill(codes[0]!);
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page).not.toHaveURL(/\/connexion/, { timeout: 15_000 });
    await page.goto('/mon-compte');
    await expect(page.getByText('9 codes de secours restants.')).toBeVisible();
    await signOut(page);

    // A lost phone: the admin resets it, and the password alone opens the session again.
    await signIn(page, 'admin@demo.trame.local');
    await page.goto('/admin/utilisateurs');
    await page.getByLabel('Rechercher').fill(email);
    await page.getByRole('button', { name: 'Modifier Inès Garnier' }).first().click();
    await page.getByRole('button', { name: 'Réinitialiser la double authentification' }).click();
    await checkPage(page, 'deuxieme-facteur-reinitialisation');
    await page.getByRole('button', { name: 'Réinitialiser', exact: true }).click();
    await expect(page.getByText('Double authentification réinitialisée')).toBeVisible();
    await page.goto('/mon-compte');
    await signOut(page);
    await signIn(page, email, PASSWORD);
    expect(errors).toEqual([]);
  });

  test('when the structure requires it, a coordinator enrols at sign-in', async ({ page, browser }) => {
    test.setTimeout(180_000);
    const errors = failOnConsoleErrors(page);
    const email = await newCoordinator(page);
    const setRule = async (on: boolean) => {
      const me = await (await page.request.get('/api/auth/me')).json();
      const res = await page.request.patch('/api/structure', {
        headers: { 'x-csrf-token': me.csrfToken },
        data: { deuxiemeFacteurObligatoire: on },
      });
      expect(res.status()).toBe(200);
    };
    try {
      await page.goto('/admin/structure');
      const rule = page.getByRole('switch', { name: 'Exiger la double authentification' });
      await rule.click();
      await expect(rule).toBeChecked();
      await expect(page.getByText('Double authentification exigée')).toBeVisible();
      // The notification goes by itself; the page is checked as it stays.
      await expect(page.getByText('Double authentification exigée')).toBeHidden({ timeout: 15_000 });
      await checkPage(page, 'deuxieme-facteur-structure');

      const other = await browser.newContext({ viewport: PHONE });
      const coordPage = await other.newPage();
      const coordErrors = failOnConsoleErrors(coordPage);
      await passwordStep(coordPage, email);
      await expect(coordPage.getByText('Votre structure demande une double authentification')).toBeVisible();
      await checkPage(coordPage, 'deuxieme-facteur-obligatoire');
      await coordPage.getByRole('button', { name: 'Configurer mon application' }).click();
      await confirmApp(coordPage, 'deuxieme-facteur-obligatoire-enrolement');
      await noteRecoveryCodes(coordPage, 'deuxieme-facteur-obligatoire-codes');
      await expect(coordPage).not.toHaveURL(/\/connexion/, { timeout: 15_000 });
      await coordPage.goto('/mon-compte');
      await expect(coordPage.getByText('elle ne peut pas être désactivée')).toBeVisible();
      await expect(coordPage.getByRole('button', { name: 'Désactiver' })).toHaveCount(0);
      expect(coordErrors).toEqual([]);
      await other.close();
    } finally {
      await setRule(false);
    }
    expect(errors).toEqual([]);
  });
});
