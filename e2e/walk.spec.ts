import { expect, test } from '@playwright/test';
import { checkPage, DESKTOP, failOnConsoleErrors, PHONE, signIn } from './support';

/**
 * Issue 11's walk: every page a demo role's menu offers, at 1280 and 360 px, through the page
 * checks (axe-core, no horizontal scroll, and whatever else `checkPage` measures). The menu is
 * read from the page itself, so a page added to a role's menu is walked without editing this file.
 */
const ROLES = [
  { who: 'admin', email: 'admin@demo.trame.local' },
  { who: 'coordination', email: 'coordination@demo.trame.local' },
  { who: 'direction', email: 'direction@demo.trame.local' },
  { who: 'mediation', email: 'mediation1@demo.trame.local' },
  { who: 'bailleur', email: 'bailleur@demo.trame.local' },
  { who: 'ccas', email: 'ccas@demo.trame.local' },
];

for (const { who, email } of ROLES) {
  test(`walk: every menu page of ${who} at 1280 and 360 px`, async ({ page }) => {
    test.setTimeout(120_000); // until the menu is read (below)
    const errors = failOnConsoleErrors(page);
    await page.setViewportSize(DESKTOP);
    await signIn(page, email);
    await page.waitForLoadState('networkidle');
    // The menu is drawn once the session is read: wait for it rather than read it too early.
    await expect(page.locator('nav a[href^="/"]').nth(1)).toBeAttached({ timeout: 30_000 });
    const paths = await page
      .locator('nav a[href^="/"]')
      .evaluateAll((links) => [
        ...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      ]);
    expect(paths.length, `menu of ${who}`).toBeGreaterThan(1);
    // Each page is checked twice (1280 and 360 px), axe-core taking up to 15 s a check on a
    // loaded machine: the time allowed grows with the menu rather than cutting the walk short.
    test.setTimeout(60_000 + paths.length * 2 * 30_000);
    for (const p of paths) {
      const name = `walk-${who}${p.replaceAll('/', '-')}`;
      await page.setViewportSize(DESKTOP);
      await page.goto(p);
      await expect(page.locator('main h1, main h2').first(), `${p} has a title`).toBeVisible();
      await checkPage(page, name);
      await page.setViewportSize(PHONE);
      await checkPage(page, name);
    }
    expect(errors).toEqual([]);
  });
}
