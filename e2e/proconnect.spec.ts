import { expect as baseExpect, test } from '@playwright/test';
import { startTestProvider, type TestProvider } from '../server/test/oidc-provider';
import { checkPage, failOnConsoleErrors, PHONE, signIn } from './support';

/**
 * Issue 16, part 5: an agent of the city signs in with ProConnect at 360 px. The browser cannot
 * reach the real ProConnect: the spec starts the tests' OpenID provider (`oidc-provider`) and the
 * demo structure's admin points Trame to it.
 */
test.use({ viewport: PHONE });
test.describe.configure({ mode: 'serial', timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 15_000 });
const base = `http://localhost:${process.env.E2E_PORT ?? 3210}`;

let op: TestProvider;
test.beforeAll(async () => {
  op = await startTestProvider(`${base}/api/auth/proconnect/retour`, `${base}/connexion`, {
    ville: { email: 'ville@demo.trame.local', email_verified: true },
    inconnu: { email: 'agent.inconnu@ville.test', email_verified: true },
  });
});
test.afterAll(() => op?.close());

test('the admin turns ProConnect on in the structure settings', async ({ page }) => {
  await signIn(page, 'admin@demo.trame.local');
  const errors = failOnConsoleErrors(page);
  await page.goto('/admin/structure');
  const section = page.getByRole('region', { name: 'ProConnect' });
  await section.getByLabel('Adresse de l’émetteur (issuer)').fill(op.issuer);
  await section.getByLabel('Identifiant client').fill(op.clientId);
  await section.getByLabel('Secret client').fill(op.clientSecret);
  // By keyboard: at 360 px the sticky header may sit over the switch after scrolling.
  const on = section.getByRole('switch', { name: 'Proposer la connexion avec ProConnect' });
  await on.focus();
  await page.keyboard.press('Space');
  await expect(on).toBeChecked();
  // Checked before saving: the saved notification is Mantine's, checked by the other journeys.
  await checkPage(page, 'structure-proconnect');
  await section.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(section.getByText('Secret enregistré', { exact: true })).toBeVisible();
  await expect(section.getByLabel('Secret client')).toHaveValue('');
  expect(errors).toEqual([]);
});

test('an agent of the city signs in with ProConnect, then logs out of both', async ({ page }) => {
  await page.goto('/connexion');
  await page.getByRole('button', { name: 'Se connecter avec ProConnect' }).click();
  await checkPage(page, 'connexion-proconnect');
  await page.getByLabel('Adresse e-mail professionnelle').fill('ville@demo.trame.local');
  await page.getByRole('button', { name: 'Continuer vers ProConnect' }).click();
  await expect(page).toHaveURL(new RegExp(`^${op.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill('ville');
  await page.locator('input[name="password"]').fill('x');
  await page.locator('button[type="submit"]').click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(`${base}/`);
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  // ProConnect's own page asks to end its session there too.
  await expect(page).toHaveURL(new RegExp(`^${op.issuer}/session/end`));
});

test('an address nobody invited comes back to the login page with the reason', async ({ page }) => {
  await page.goto('/connexion');
  await page.getByRole('button', { name: 'Se connecter avec ProConnect' }).click();
  await page.getByLabel('Adresse e-mail professionnelle').fill('ville@demo.trame.local');
  await page.getByRole('button', { name: 'Continuer vers ProConnect' }).click();
  await page.locator('input[name="login"]').fill('inconnu');
  await page.locator('input[name="password"]').fill('x');
  await page.locator('button[type="submit"]').click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(`${base}/connexion?proconnect=inconnu`);
  await expect(page.getByRole('alert')).toContainText('Aucun compte Trame n’est ouvert pour cette adresse');
  await checkPage(page, 'connexion-proconnect-inconnu');
});
