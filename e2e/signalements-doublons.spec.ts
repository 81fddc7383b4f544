import { expect, type Page, test } from '@playwright/test';
import { checkPage, PHONE, signInWatched } from './support';

test.use({
  viewport: PHONE,
  geolocation: { latitude: 43.32589, longitude: 5.40493 },
  permissions: ['geolocation'],
});

/** Captures an « Encombrants » at the phone's position; answers its visible number. */
async function capture(page: Page, description: string): Promise<number> {
  await page.getByRole('radio', { name: 'Encombrants' }).click();
  await expect(page.getByText(/Position GPS relevée/)).toBeVisible();
  await page.getByLabel('Description (facultative)').fill(description);
  await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
  const title = await page.getByText(/^Encombrants · n° \d+$/).textContent();
  return Number(title!.match(/n° (\d+)/)![1]);
}

test('a mediator marks a duplicate by picking the nearby one or typing its number, never an id (360 px)', async ({
  page,
}) => {
  const errors = await signInWatched(page, 'mediation1@demo.trame.local');
  await page.goto('/signalements/nouveau');
  const first = await capture(page, 'Canapé devant le hall B');
  await page.getByRole('button', { name: 'Nouveau signalement' }).click();
  const second = await capture(page, 'Canapé devant le hall B, encore');
  await expect(page.getByRole('link', { name: `n° ${first} · Encombrants` })).toBeVisible();
  await page.getByRole('link', { name: 'Voir le signalement' }).click();

  // The candidates are offered; the signalement itself is not among them.
  const candidate = page.getByRole('radio', { name: new RegExp(`^n° ${first} · à \\d+ m`) });
  await expect(candidate).toBeVisible();
  await expect(page.getByRole('radio', { name: new RegExp(`^n° ${second} `) })).toHaveCount(0);
  await expect(page.getByText(/identifiant/i)).toHaveCount(0);

  // A wrong number: a French message naming the field.
  await page.getByRole('radio', { name: 'Autre numéro' }).click();
  await page.getByLabel('Numéro du signalement d’origine').fill('n° 9999999');
  await page.getByRole('button', { name: 'Marquer doublon' }).click();
  await expect(
    page.getByText(
      'Numéro du signalement d’origine : aucun signalement n° 9999999 parmi ceux que vous voyez.',
    ),
  ).toBeVisible();
  await checkPage(page, 'signalement-doublon-erreur');

  // The visible number, as people write it, is accepted.
  await page.getByLabel('Numéro du signalement d’origine').fill(`n° ${first}`);
  await candidate.click();
  await checkPage(page, 'signalement-doublon-choix');
  await page.getByRole('button', { name: 'Marquer doublon' }).click();
  await expect(page.getByText('Ce signalement est clos.')).toBeVisible();
  await expect(page.getByText('Doublon', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(`Doublon du n° ${first}.`)).toBeVisible();
  await checkPage(page, 'signalement-doublon-fait');
  // The one refusal above is the 400 the browser logs; nothing else.
  expect(errors).toEqual([
    'Failed to load resource: the server responded with a status of 400 (Bad Request)',
  ]);
});

test('the number typed by hand marks the duplicate too (360 px)', async ({ page }) => {
  const errors = await signInWatched(page, 'mediation1@demo.trame.local');
  await page.goto('/signalements/nouveau');
  const first = await capture(page, 'Matelas rue Corot');
  await page.getByRole('button', { name: 'Nouveau signalement' }).click();
  await capture(page, 'Matelas rue Corot, bis');
  await page.getByRole('link', { name: 'Voir le signalement' }).click();
  await page.getByRole('radio', { name: 'Autre numéro' }).click();
  await page.getByLabel('Numéro du signalement d’origine').fill(`n° ${first}`);
  await page.getByRole('button', { name: 'Marquer doublon' }).click();
  await expect(page.getByText('Ce signalement est clos.')).toBeVisible();
  expect(errors).toEqual([]);
});
