import { type BrowserContext, expect as baseExpect, type Page, test } from '@playwright/test';
import { checkPage, choose, DESKTOP, PHONE, signInWatched } from './support';

/**
 * Issue 13, part 7: a mediator on a planned tournée, at 360 px, logs a contact and holds the
 * alert button; a coordinator at 1280 px, on another page, receives it live, takes it in charge
 * and closes it with a debrief; the mediator sees each step. Its mediators (7 and 8) are no other
 * journey's: their tournée stays open at the end.
 */
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 15_000 });
const POSITION = { latitude: 43.33172, longitude: 5.42468 };

async function csrf(page: Page) {
  return (await (await page.request.get('/api/auth/me')).json()) as {
    csrfToken: string;
    user: { id: string; prenom: string; nom: string };
    territoires: Array<{ id: string }>;
  };
}

/** Holds a button down for `ms` with the pointer, as a thumb would. */
async function hold(page: Page, name: RegExp, ms: number) {
  const box = (await page.getByRole('button', { name }).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
}

test('an alert from a planned tournée at 360 px is taken in charge and closed with a debrief at 1280 px', async ({
  browser,
}) => {
  const contexts: BrowserContext[] = [];
  const open = async (viewport: typeof PHONE, extra = {}) => {
    const c = await browser.newContext({ viewport, ...extra });
    contexts.push(c);
    return c.newPage();
  };
  const coord = await open(DESKTOP);
  const coordErrors = await signInWatched(coord, 'coordination@demo.trame.local');
  const med = await open(PHONE, { geolocation: POSITION, permissions: ['geolocation'] });
  const medErrors = await signInWatched(med, 'mediation7@demo.trame.local');
  const colleague = await open(PHONE);
  await signInWatched(colleague, 'mediation8@demo.trame.local');

  // The coordinator plans today's tournée for the two of them, under way now.
  const moi = await csrf(med);
  const binome = await csrf(colleague);
  const c = await csrf(coord);
  const shiftId = crypto.randomUUID();
  const planned = await coord.request.post('/api/planning/creneaux', {
    headers: { 'x-csrf-token': c.csrfToken },
    data: {
      id: shiftId,
      type: 'tournee',
      debut: new Date(Date.now() - 30 * 60_000).toISOString(),
      fin: new Date(Date.now() + 90 * 60_000).toISOString(),
      mediateurIds: [moi.user.id, binome.user.id],
      territoireId: moi.territoires[0]!.id,
      secteurId: null,
      note: null,
    },
  });
  expect(planned.status(), await planned.text()).toBe(201);
  try {
    // The mediator's week, then « Démarrer » on the home card and « Démarrer la tournée »; a contact.
    await med.goto('/planning/ma-semaine');
    await expect(med.getByRole('heading', { level: 1, name: 'Ma semaine' })).toBeVisible();
    await expect(med.getByText(/^Tournée · /).first()).toBeVisible();
    await med.goto('/');
    await med
      .locator('[data-carte="creneaux"]')
      .getByRole('link', { name: /^Démarrer/ })
      .click();
    await med.getByRole('button', { name: 'Démarrer la tournée' }).click();
    await expect(med.getByRole('heading', { name: 'Tournée en cours' })).toBeVisible();
    await med.locator('button[data-nature="ecoute"]').click();
    await expect(med.getByRole('status').filter({ hasText: 'Noté' })).toContainText('Écoute');

    // A tap is not an alert: it says how the button works.
    await coord.goto('/main-courante');
    await med.getByRole('button', { name: /^Alerte : maintenir/ }).click();
    await expect(med.getByText('Pour envoyer l’alerte, maintenez le bouton « Alerte » appuyé')).toBeVisible();
    await med.waitForTimeout(500);
    await expect(coord.getByText(/^Alerte : Danger/)).toHaveCount(0);

    // The hold sends it, with the position; the coordinator on another page sees it at once.
    const sent = Date.now();
    await hold(med, /^Alerte : maintenir/, 1800);
    await expect(med.getByText('Votre alerte est partie')).toBeVisible();
    await expect(med.getByText('En attente de prise en charge.')).toBeVisible();
    const banner = coord.getByRole('alert', {
      name: `Alerte : Danger : appel à l’aide — ${moi.user.prenom} ${moi.user.nom}`,
    });
    await expect(banner).toBeVisible({ timeout: 5000 });
    console.log(
      `Alert shown to the coordinator ${Date.now() - sent - 1800} ms after the hold ended (browser to browser).`,
    );
    // The colleague on shift receives it too.
    await expect(
      colleague.getByRole('alert', {
        name: `Alerte : Danger : appel à l’aide — ${moi.user.prenom} ${moi.user.nom}`,
      }),
    ).toBeVisible();

    await banner.getByRole('link', { name: 'Voir l’alerte' }).click();
    await expect(coord.getByRole('heading', { level: 1, name: 'Alertes' })).toBeVisible();
    const card = coord.getByRole('article', { name: new RegExp(`^Alerte : Danger.*${moi.user.nom}`) });
    await expect(
      card.getByRole('region', { name: `Position de ${moi.user.prenom} ${moi.user.nom}` }),
    ).toBeVisible();
    await expect(card).toContainText(`${POSITION.latitude}`.slice(0, 7));
    await checkPage(coord, 'alertes-coordination');
    await card.getByRole('button', { name: 'Je prends en charge' }).click();
    await expect(card).toContainText(`Prise en charge par ${c.user.prenom} ${c.user.nom}`);
    await expect(med.getByText(`Prise en charge par ${c.user.prenom} ${c.user.nom}`)).toBeVisible();

    // Closing needs the debrief: refused empty, in French, then accepted.
    await card.getByRole('button', { name: 'Clôturer avec un débriefing' }).click();
    const debrief = card.getByRole('form', { name: 'Débriefing de l’alerte' });
    await debrief.getByRole('button', { name: 'Clôturer l’alerte' }).click();
    await expect(debrief.getByText('Dites si un signalement à la police a été fait.')).toBeVisible();
    await choose(coord, debrief, 'Ce qui s’est passé', 'Agression verbale');
    await debrief
      .getByLabel('Récit factuel (sans nom d’habitant·e)')
      .fill('Insultes répétées devant le hall B, le binôme s’est éloigné.');
    await debrief
      .getByRole('radiogroup', { name: /police/ })
      .getByLabel('Non')
      .check();
    await debrief
      .getByRole('radiogroup', { name: /employeur/ })
      .getByLabel('Oui')
      .check();
    await checkPage(coord, 'alertes-debriefing');
    await debrief.getByRole('button', { name: 'Clôturer l’alerte' }).click();
    await expect(card).toContainText(`Close par ${c.user.prenom} ${c.user.nom}`);
    await expect(card).toContainText('Agression verbale — police : non, employeur : oui.');
    // The incidents of the year count it (no resident's data, no account of what happened).
    const incidents = coord.getByRole('region', { name: /^Incidents de l’année/ });
    await expect(incidents).toContainText(/Agression verbale : [1-9]/);
    await expect(incidents).not.toContainText('Insultes');

    // The mediator sees it closed, and the alerts page at 360 px.
    await expect(med.getByText(`Close par ${c.user.prenom} ${c.user.nom}`)).toBeVisible();
    await med.goto('/alertes');
    await expect(med.getByRole('heading', { level: 1, name: 'Alertes' })).toBeVisible();
    await expect(med.getByRole('button', { name: /Besoin d’un·e collègue : maintenir/ })).toBeVisible();
    await checkPage(med, 'alertes-mediateur');
    expect(coordErrors).toEqual([]);
    expect(medErrors).toEqual([]);
  } finally {
    // The shift was this test's own: cancelled, so the planning journeys count only theirs.
    await coord.request.delete(`/api/planning/creneaux/${shiftId}`, {
      headers: { 'x-csrf-token': c.csrfToken },
    });
    for (const ctx of contexts) await ctx.close();
  }
});
