import { expect as baseExpect, test } from '@playwright/test';
import { checkPage, failOnConsoleErrors, PHONE, signIn } from './support';

/** Issue 16, part 7: a forgotten password, and one's own open sessions, at 360 px. */
test.use({ viewport: PHONE });
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

test('« Mot de passe oublié ? » answers the same sentence for any address', async ({ page }) => {
  await page.goto('/connexion');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' })).toBeVisible();
  await checkPage(page, 'mot-de-passe-oublie');
  await page.getByLabel('Adresse e-mail').fill('pas-une-adresse');
  await page.getByRole('button', { name: 'Recevoir un lien' }).click();
  await expect(
    page
      .getByText(/e-mail/i)
      .and(page.locator('[aria-invalid="true"], .mantine-TextInput-error'))
      .first(),
  ).toBeVisible();
  await page.getByLabel('Adresse e-mail').fill('inconnu@demo.trame.local');
  await page.getByRole('button', { name: 'Recevoir un lien' }).click();
  await expect(page.getByRole('status')).toContainText('Si un compte actif correspond à cette adresse');
});

test('a user closes a session left open on another device', async ({ page, browser }) => {
  const other = await browser.newContext({ viewport: PHONE });
  const otherPage = await other.newPage();
  await signIn(otherPage, 'ccas@demo.trame.local');
  await signIn(page, 'ccas@demo.trame.local');
  const errors = failOnConsoleErrors(page);
  await page.goto('/mon-compte');
  const region = page.getByRole('region', { name: 'Mes sessions ouvertes' });
  await expect(region.getByText('Cette session')).toBeVisible();
  await checkPage(page, 'mes-sessions');
  const closeButtons = region.getByRole('button', { name: /^Fermer la session ouverte le/ });
  await expect(closeButtons.first()).toBeVisible();
  while ((await closeButtons.count()) > 0) {
    await closeButtons.first().click();
    await page
      .getByRole('dialog', { name: 'Fermer cette session' })
      .getByRole('button', { name: 'Fermer la session' })
      .click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  expect((await otherPage.request.get('/api/auth/me')).status()).toBe(401);
  expect((await page.request.get('/api/auth/me')).status()).toBe(200);
  await other.close();
  expect(errors).toEqual([]);
});
