import { expect as baseExpect, type Page, test } from '@playwright/test';
import { checkPage, DESKTOP, PHONE, signIn, signInWatched } from './support';

// The machine is shared: leave room for a slow server rather than fail on load.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const bar = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' }).last();

/** The bottom bar's words, every label whole (no ellipsis) and every entry's icon distinct. */
async function checkBar(page: Page, words: string[]) {
  const nav = bar(page);
  const shown = await nav
    .locator(':scope > a > span, :scope > button > span')
    .evaluateAll((spans) => spans.map((s) => (s.textContent ?? '').replace(/\u00AD/g, '')));
  expect(shown).toEqual([...words, 'Plus']);
  const cut = await nav
    .locator(':scope > a > span, :scope > button > span')
    .evaluateAll((spans) => spans.filter((s) => s.scrollWidth > s.clientWidth).map((s) => s.textContent));
  expect(cut, 'labels cut in the bottom bar').toEqual([]);
  // A word broken at its soft hyphen stays whole: at most two lines, none clipped.
  const clipped = await nav
    .locator(':scope > a > span')
    .evaluateAll((spans) =>
      spans.filter((s) => s.scrollHeight > s.clientHeight + 1).map((s) => s.textContent),
    );
  expect(clipped, 'labels clipped in the bottom bar').toEqual([]);
  // Every menu entry, in the bar and under « Plus », draws a different icon.
  const icons = await nav.locator('a svg').evaluateAll((svgs) => svgs.map((s) => s.innerHTML));
  expect(new Set(icons).size, 'two menu entries share an icon').toBe(icons.length);
}

/** Each entry of the bar opens a page whose title holds the entry's word. */
async function checkTitles(page: Page, words: string[]) {
  for (const [i, word] of words.entries()) {
    await bar(page).locator(':scope > a').nth(i).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(new RegExp(word, 'i'));
  }
}

test.describe('at 360 px', () => {
  test.use({ viewport: PHONE });

  test("a mediator's day: tournée, follow-ups, orientations, observations, signalements", async ({
    page,
  }) => {
    const errors = await signInWatched(page, 'mediation1@demo.trame.local');
    await expect(page.getByRole('heading', { level: 1, name: 'Aujourd’hui' })).toBeVisible();
    await expect(page.locator('[data-carte="tournee"]').getByRole('link', { name: /tournée/ })).toBeVisible();
    for (const cle of [
      'situations_suivi',
      'orientations_relance',
      'observations_a_traiter',
      'signalements_mis_a_jour',
    ]) {
      await expect(page.locator(`[data-carte="${cle}"]`)).toBeVisible();
    }
    await checkPage(page, 'aujourdhui-mediateur');
    await checkBar(page, ['Aujourd’hui', 'Tournée', 'Demande', 'Signalement']);
    await checkTitles(page, ['Aujourd’hui', 'Tournée', 'Demande', 'Signalement']);
    expect(errors).toEqual([]);
  });

  test("the coordination's counts open the lists filtered on what they count", async ({ page }) => {
    const errors = await signInWatched(page, 'coordination@demo.trame.local');
    await expect(page.getByRole('heading', { level: 1, name: 'Aujourd’hui' })).toBeVisible();
    await expect(page.locator('[data-carte="tournee"]')).toHaveCount(0);
    await expect(page.locator('[data-carte="activites_a_revoir"]')).toBeVisible();
    await checkPage(page, 'aujourdhui-coordination');
    await checkBar(page, ['Aujourd’hui', 'Situations', 'Signalements', 'Rapports']);
    await checkTitles(page, ['Aujourd’hui', 'Situations', 'Signalements', 'Rapports']);
    await bar(page).locator(':scope > a').first().click();

    const jour = await (await page.request.get('/api/aujourdhui')).json();
    const total = (cle: string) => jour.cartes.find((c: { cle?: string }) => c.cle === cle).total as number;
    const countText = (n: number, one: string, many: string) =>
      n === 0 ? null : new RegExp(`^(${n} ${n > 1 ? many : one}|\\d+ \\S+ sur ${n})$`);

    await page
      .locator('[data-carte="situations_suivi"]')
      .getByRole('link', { name: /^Voir la liste/ })
      .click();
    await expect(page).toHaveURL(/\/situations\?mine=false&enRetard=true$/);
    await expect(page.getByRole('checkbox', { name: 'Suivis en retard' })).toBeChecked();
    const situations = countText(total('situations_suivi'), 'situation', 'situations');
    if (situations) await expect(page.getByText(situations)).toBeVisible();

    await page.goto('/');
    await page
      .locator('[data-carte="signalements_a_transmettre"]')
      .getByRole('link', { name: /^Voir la liste/ })
      .click();
    await expect(page).toHaveURL(/\/signalements\?statut=nouveau$/);
    const signalements = countText(total('signalements_a_transmettre'), 'signalement', 'signalements');
    if (signalements) await expect(page.getByText(signalements)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a partner sees what waits for its answer, and cannot reach the capture of signalements', async ({
    page,
  }) => {
    const errors = await signInWatched(page, 'bailleur@demo.trame.local');
    await expect(page.getByRole('heading', { level: 1, name: 'Aujourd’hui' })).toBeVisible();
    await expect(page.locator('[data-carte="signalements_a_traiter"]')).toBeVisible();
    await expect(page.locator('[data-carte="situations_suivi"]')).toHaveCount(0);
    await checkPage(page, 'aujourdhui-partenaire');
    await checkBar(page, ['Aujourd’hui', 'Situations', 'Signalements', 'Orientations']);
    await expect(bar(page).locator('a[href="/signalements/nouveau"]')).toHaveCount(0);

    const refused: string[] = [];
    page.on('response', (r) => r.status() === 403 && refused.push(r.url()));
    await page.goto('/signalements/nouveau');
    await expect(page.getByRole('heading', { level: 1, name: 'Page non accessible' })).toBeVisible();
    await checkPage(page, 'page-non-accessible');
    expect(refused, 'the guarded page calls no API the role may not use').toEqual([]);
    await page.getByRole('link', { name: 'Retour à « Aujourd’hui »' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Aujourd’hui' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: DESKTOP });

  test('the coordination reads the same cards beside the menu, named « Aujourd’hui »', async ({ page }) => {
    await signIn(page, 'coordination@demo.trame.local');
    await expect(page.getByRole('heading', { level: 1, name: 'Aujourd’hui' })).toBeVisible();
    const menu = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(menu.getByRole('link', { name: 'Aujourd’hui' })).toHaveAttribute('aria-current', 'page');
    await expect(menu.getByRole('link', { name: 'Accueil', exact: true })).toHaveCount(0);
    await expect(page.locator('[data-carte="situations_suivi"]')).toBeVisible();
    await checkPage(page, 'aujourdhui-coordination');
    const icons = await menu.locator('a svg').evaluateAll((svgs) => svgs.map((s) => s.innerHTML));
    expect(new Set(icons).size, 'two menu entries share an icon').toBe(icons.length);
  });
});
