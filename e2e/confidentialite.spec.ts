import { expect as baseExpect, test } from '@playwright/test';
import { checkPage, DESKTOP, downloadLink, failOnConsoleErrors, PHONE, signIn } from './support';

/** Issue 16, part 4: the records the structure keeps, from its own settings. */
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

test('the coordination downloads the processing register and reads the consent register', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, 'coordination@demo.trame.local');
  const errors = failOnConsoleErrors(page);
  await page.getByRole('link', { name: 'Confidentialité' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Confidentialité' })).toBeVisible();
  const pdf = await downloadLink(page, 'Télécharger le registre (PDF)');
  expect(pdf.name).toBe('registre-des-traitements.pdf');
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const registre = JSON.parse((await downloadLink(page, 'Registre (JSON)')).bytes.toString());
  expect(registre.responsable).toBe('GIP Médiation Démo');
  expect(JSON.stringify(registre.traitements)).toContain('Habitat Marseille Provence (Bailleur social)');

  const durees = page.getByRole('form', { name: 'Durées de conservation' });
  await expect(durees.getByLabel('Personnes et leurs demandes')).toHaveValue('24');
  await expect(durees.getByText(/Prochaine purge : \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  const consentements = page.getByRole('region', { name: 'Registre des consentements' });
  await expect(consentements.getByText(/\d+ consentements?/).first()).toBeVisible();
  await checkPage(page, 'confidentialite');
  await page.setViewportSize(PHONE);
  await checkPage(page, 'confidentialite');
  await consentements.getByLabel('Du').fill('2000-01-01');
  await consentements.getByLabel('Au').fill('2000-12-31');
  await expect(consentements.getByText('Aucun consentement sur cette période.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the direction shortens a retention period', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, 'direction@demo.trame.local');
  const errors = failOnConsoleErrors(page);
  await page.goto('/admin/confidentialite');
  const durees = page.getByRole('form', { name: 'Durées de conservation' });
  await durees.getByLabel('Photos des signalements').fill('6');
  await durees.getByRole('button', { name: 'Enregistrer les durées' }).click();
  await expect(page.getByText('Durées de conservation enregistrées.')).toBeVisible();
  await checkPage(page, 'conservation');
  const saved = await (await page.request.get('/api/structure/conservation')).json();
  expect(saved.periodes.photos).toBe(6);
  await durees.getByLabel('Photos des signalements').fill('12');
  await durees.getByRole('button', { name: 'Enregistrer les durées' }).click();
  await expect(page.getByText('Durées de conservation enregistrées.').first()).toBeVisible();
  expect(errors).toEqual([]);
});
