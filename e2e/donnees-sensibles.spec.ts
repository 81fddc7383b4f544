import { expect as baseExpect, test } from '@playwright/test';
import { checkPage, failOnConsoleErrors, PHONE, signIn } from './support';

/** Issue 16, part 3: a note that looks sensitive is caught before it is saved, at 360 px. */
test.use({ viewport: PHONE });
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

test('a request’s note about a resident’s health is caught; rephrased it saves, kept it saves too', async ({
  page,
}) => {
  await signIn(page, 'mediation1@demo.trame.local');
  const errors = failOnConsoleErrors(page);
  await page.getByRole('link', { name: 'Demande' }).first().click();
  const form = page.getByRole('form', { name: 'Nouvelle demande' });
  const note = form.getByRole('textbox', { name: /Note/ });
  const save = form.getByRole('button', { name: 'Enregistrer la demande' });
  const warning = form
    .getByRole('alert')
    .filter({ hasText: 'Ce texte semble contenir des données sensibles' });
  const saved = page.getByRole('status').filter({ hasText: 'Demande enregistrée' });

  await form.getByText('Dans la rue', { exact: true }).click();
  await form.getByText('Santé', { exact: true }).click();
  await form.getByText('Information', { exact: true }).click();
  await note.fill('il est suivi au CMP pour sa schizophrénie');
  await save.click();
  await expect(warning).toContainText('Santé (« CMP ») : Une donnée de santé');
  await expect(saved).toHaveCount(0);
  await checkPage(page, 'donnees-sensibles-avertissement');

  // Rephrased: the warning goes, the request is saved.
  await warning.getByRole('button', { name: 'Reformuler' }).click();
  await expect(note).toBeFocused();
  await note.fill('orienté vers un service de santé');
  await save.click();
  await expect(saved).toBeVisible();
  await expect(warning).toHaveCount(0);

  // Kept as it is: saved on the writer's word (the server counts it in the audit).
  await form.getByText('Dans la rue', { exact: true }).click();
  await form.getByText('Famille', { exact: true }).click();
  await form.getByText('Information', { exact: true }).click();
  await note.fill('rappeler Mme Martin au 06 12 34 56 78');
  await save.click();
  await expect(warning).toContainText('Nom et prénom (« Mme Martin »)');
  await expect(warning).toContainText('Téléphone ou e-mail (« 06 12 34 56 78 »)');
  await warning.getByRole('button', { name: 'Garder le texte' }).click();
  await expect(saved).toBeVisible();
  expect(errors).toEqual([]);
});
