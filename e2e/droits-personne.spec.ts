import { randomUUID } from 'node:crypto';
import { expect as baseExpect, test } from '@playwright/test';
import { checkPage, DESKTOP, downloadLink, failOnConsoleErrors, PHONE, signIn } from './support';

/** Issue 16, part 2: a coordinator hands a person their data and erases them, in two clicks each. */
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

test('a coordinator downloads a person’s data and erases the file', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, 'coordination@demo.trame.local');
  const errors = failOnConsoleErrors(page);
  const me = await (await page.request.get('/api/auth/me')).json();
  const [territoire] = await (await page.request.get('/api/territoires')).json();
  const id = randomUUID();
  const created = await page.request.post('/api/personnes', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { id, pseudonyme: 'Mme Droits', territoireId: territoire.id },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/personnes/${id}`);
  const droits = page.getByRole('region', { name: 'Droits de la personne' });
  await expect(droits).toBeVisible();
  await checkPage(page, 'personne-droits');
  const pdf = await downloadLink(page, 'Télécharger ses données (PDF)');
  expect(pdf.name).toBe('donnees-personne.pdf');
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const json = JSON.parse((await downloadLink(page, 'Ses données (JSON)')).bytes.toString());
  expect(json.personne.pseudonyme).toBe('Mme Droits');

  await page.setViewportSize(PHONE);
  await checkPage(page, 'personne-droits');
  await droits.getByRole('button', { name: 'Effacer la personne' }).click();
  const dialog = page.getByRole('dialog', { name: 'Effacer cette personne' });
  await expect(dialog).toContainText('« Mme Droits »');
  await dialog.getByRole('button', { name: 'Effacer définitivement' }).click();
  await expect(page).toHaveURL(/\/personnes$/);
  await expect(page.getByText('La personne a été effacée.')).toBeVisible();
  expect((await page.request.get(`/api/personnes/${id}`)).status()).toBe(404);
  expect(errors).toEqual([]);
});
