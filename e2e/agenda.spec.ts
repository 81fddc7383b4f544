import { expect as baseExpect, test } from '@playwright/test';
import { checkPage, DESKTOP, failOnConsoleErrors, PHONE, signIn } from './support';

/**
 * Issue 14, part 5: the demo structure's public agenda (/agenda/gip-mediation-demo, DEMO_SLUG)
 * read without an account at 360 px, and its address set by the coordination at 1280 px.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });
const SLUG = 'gip-mediation-demo';

test.describe('at 360 px, without an account', () => {
  test.use({ viewport: PHONE });
  test('anyone reads the public agenda and finds its iCalendar feed', async ({ page }) => {
    const errors = failOnConsoleErrors(page);
    await page.goto(`/agenda/${SLUG}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Agenda — GIP Médiation Démo' })).toBeVisible();
    const first = page.getByRole('article').first();
    await expect(first).toBeVisible();
    // « samedi 12 décembre 2026, 14 h 00 – 16 h 00 »: the day in words, hours in French.
    await expect(first.locator('time')).toHaveText(
      /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(er)? [a-zéû]+ \d{4}, \d{1,2} h \d{2} – /,
    );
    await expect(page.getByText('Lieu :').first()).toBeVisible();
    const ical = page.getByRole('link', { name: 'S’abonner à l’agenda (iCalendar)' });
    await expect(ical).toHaveAttribute('href', new RegExp(`/api/public/${SLUG}/agenda\\.ics$`));
    const feed = await page.request.get(`/api/public/${SLUG}/agenda.ics`);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    expect(await feed.text()).toContain('BEGIN:VTIMEZONE');
    // No mediator of the demo team appears on the public page.
    await expect(page.getByText(/Samia|Benali|Moreau|Diallo/)).toHaveCount(0);
    await checkPage(page, 'agenda-public');
    await page.goto('/agenda/inconnue');
    await expect(page.getByText('Agenda introuvable.')).toBeVisible();
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});

test.describe('at 1280 px, the coordination', () => {
  test.use({ viewport: DESKTOP });
  test('sees the public address on the structure page and changes its short name', async ({ page }) => {
    await signIn(page, 'coordination@demo.trame.local');
    await page.goto('/admin/structure');
    const form = page.getByRole('form', { name: 'Nom de la structure' });
    const slug = form.getByLabel('Nom court (adresse de l’agenda public)');
    await expect(slug).toHaveValue(SLUG);
    await expect(form.getByRole('link', { name: new RegExp(`/agenda/${SLUG}$`) })).toBeVisible();
    await slug.fill('Médiation Démo');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(form.getByText(/minuscules sans accents/).last()).toBeVisible();
    await slug.fill('mediation-demo');
    await checkPage(page, 'structure-slug');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(form.getByRole('link', { name: /\/agenda\/mediation-demo$/ })).toBeVisible();
    expect((await page.request.get('/api/public/mediation-demo/agenda')).status()).toBe(200);
    expect((await page.request.get(`/api/public/${SLUG}/agenda`)).status()).toBe(404);
    // Back to the demo's address: other journeys and readers use it.
    await slug.fill(SLUG);
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(form.getByRole('link', { name: new RegExp(`/agenda/${SLUG}$`) })).toBeVisible();
  });
});
