import { expect, type Page, test } from '@playwright/test';
import { checkPage, PHONE, signIn, signInWatched } from './support';

test.use({ viewport: PHONE });

/** « 50 signalements sur 1 234 » → [50, 1234] (French digits are grouped with a narrow space). */
async function shownAndTotal(page: Page, noun: string): Promise<[number, number]> {
  const text =
    (await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`${noun} sur`) })
      .textContent()) ?? '';
  const m = text.replace(/\s/g, '').match(new RegExp(`^(\\d+)${noun}sur(\\d+)$`));
  expect(m, `count line « ${text} »`).not.toBeNull();
  return [Number(m?.[1]), Number(m?.[2])];
}

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

test('a long list shows its first 50 rows on a phone, then « Voir plus » loads the next page', async ({
  page,
}) => {
  const errors = await signInWatched(page, 'coordination@demo.trame.local');
  await page.goto('/signalements');
  const rows = page.getByRole('main').getByRole('listitem');
  // A to-do list: it opens on the open ones, 50 at a time.
  await expect(page.getByRole('combobox', { name: 'Statut' })).toHaveValue('À traiter');
  await expect(rows).toHaveCount(50);
  const [shown, open] = await shownAndTotal(page, 'signalements');
  expect(shown).toBe(50);
  expect(open).toBeGreaterThan(50);
  // The whole demo list was 24,000 px tall at 360 px: one page stays a few screens long.
  const firstHeight = await pageHeight(page);
  expect(firstHeight).toBeLessThan(12_000);
  await checkPage(page, 'liste-signalements-ouverts');

  // Every status: a new filter starts again from its first page, with its own count.
  await page.getByRole('combobox', { name: 'Statut' }).click();
  await page.getByRole('option', { name: 'Tous les statuts' }).click();
  await expect.poll(async () => (await shownAndTotal(page, 'signalements'))[1]).toBeGreaterThan(open);
  const [, total] = await shownAndTotal(page, 'signalements');
  expect(total).toBeGreaterThan(100);
  await expect(rows).toHaveCount(50);

  await page
    .getByRole('button', { name: `Voir plus (encore ${(total - 50).toLocaleString('fr-FR')})` })
    .click();
  await expect(rows).toHaveCount(100);
  expect(await shownAndTotal(page, 'signalements')).toEqual([100, total]);
  // The first rows stay: the next page is added below them, not instead.
  expect(await pageHeight(page)).toBeGreaterThan(firstHeight);
  await expect(page.getByRole('button', { name: /^Voir plus/ })).toBeVisible();
  await checkPage(page, 'liste-signalements-voir-plus');
  expect(errors).toEqual([]);
});

test('the orientations open on the open ones and read every status page by page', async ({ page }) => {
  const errors = await signInWatched(page, 'coordination@demo.trame.local');
  await page.goto('/orientations');
  const statut = page.getByRole('combobox', { name: 'Statut' });
  await expect(statut).toHaveValue('En cours (ouvertes)');
  await expect(page.getByRole('status').filter({ hasText: /\d+ orientations?$/ })).toBeVisible();
  await statut.click();
  await page.getByRole('option', { name: 'Tous les statuts' }).click();
  await expect.poll(async () => (await shownAndTotal(page, 'orientations'))[0]).toBe(50);
  const [, total] = await shownAndTotal(page, 'orientations');
  expect(total).toBeGreaterThan(50);
  expect(await pageHeight(page)).toBeLessThan(30_000);
  await checkPage(page, 'liste-orientations');
  await page.getByRole('button', { name: /^Voir plus/ }).click();
  await expect.poll(() => shownAndTotal(page, 'orientations')).toEqual([Math.min(100, total), total]);
  expect(errors).toEqual([]);
});

test('a person file lists its requests, and the audit log says which days it shows', async ({ page }) => {
  const errors = await signInWatched(page, 'coordination@demo.trame.local');
  await page.goto('/personnes');
  await expect(page.getByRole('status').filter({ hasText: /\d+ fiches?/ })).toBeVisible();
  // Requests over the whole year (the list's default is the last 30 days): one tied to a file.
  const recent = await (await page.request.get('/api/demandes?du=2000-01-01&parPage=200')).json();
  const personneId = recent.items.find((d: { personneId: string | null }) => d.personneId)?.personneId;
  expect(personneId).toBeTruthy();
  await page.goto(`/personnes/${personneId}`);
  const demandes = page.getByRole('region', { name: 'Demandes' });
  await expect(demandes.getByRole('status').filter({ hasText: /\d+ demandes?/ })).toBeVisible();
  await expect(demandes.getByRole('listitem').first()).toContainText('Motifs :');
  await checkPage(page, 'liste-personne-demandes');

  await page.context().clearCookies();
  await signIn(page, 'admin@demo.trame.local');
  await page.goto('/admin/journal');
  await expect(page.getByText(/^Du \d{2}\/\d{2}\/\d{4} à aujourd’hui\./)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d+ entrées?/ })).toBeVisible();
  await checkPage(page, 'liste-journal');
  expect(errors).toEqual([]);
});
