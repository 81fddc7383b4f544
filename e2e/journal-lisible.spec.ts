import { randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { checkPage, DESKTOP, PHONE, postTournee, signIn, signInWatched } from './support';

/** What the journal must never show (issue 11, point 12). */
async function expectReadable(page: Page) {
  const table = page.getByRole('main');
  await expect(table.getByText('Activité', { exact: true }).first()).toBeVisible();
  // Open every « n autres champs » so the whole change is read.
  for (const more of await table.locator('details > summary').all()) await more.click();
  // An API token's prefix is shown as it is (« trm_-rFJBe »: random letters, not a key).
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with its spaces, is what people read.
  const text = (await table.innerText()).replace(/trm_[A-Za-z0-9_-]+/g, 'trm_…');
  expect(text).not.toContain('∅');
  expect(text).not.toMatch(/#[0-9a-f]{6,}/i);
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
  expect(text).not.toMatch(/empreinte:|[0-9a-f]{12,}/i);
  // Raw keys: camelCase or snake_case words.
  expect(text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []).toEqual([]);
  expect(text.match(/\b[a-z]+_[a-z_]+\b/g) ?? []).toEqual([]);
  await expect(table.getByText('Médiateurs', { exact: true }).first()).toBeVisible();
  await expect(table.getByText('1 fiche liée').first()).toBeVisible();
  // Coded values read as the screens name them.
  expect(text).toMatch(/Cadre\s*:\s*Tournée/);
  expect(text).toMatch(/Statut de revue\s*:\s*À revoir/);
}

for (const [label, viewport] of [
  ['1280', DESKTOP],
  ['360', PHONE],
] as const) {
  test(`the journal reads in French, without keys, ∅ or hashes (${label} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signIn(page, 'mediation1@demo.trame.local');
    const posted = await postTournee(page, [
      { id: randomUUID(), nature: 'gestion_conflit', commentaire: 'Tension au 3e.' },
    ]);
    expect(posted.status(), await posted.text()).toBeLessThan(300);

    await page.context().clearCookies();
    const errors = await signInWatched(page, 'admin@demo.trame.local');
    await page.goto('/admin/journal');
    await expect(page.getByRole('status').filter({ hasText: /\d+ entrées?/ })).toBeVisible();
    await expectReadable(page);
    await checkPage(page, 'journal-lisible');
    expect(errors).toEqual([]);
  });
}
