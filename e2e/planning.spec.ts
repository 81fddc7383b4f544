import { expect as baseExpect, type Locator, type Page, test } from '@playwright/test';
import { checkPage, DESKTOP, PHONE, signInWatched } from './support';

/** Issue 13, parts 4 and 5: the planning screens, from the coordinator's week to the street. */
test.describe.configure({ mode: 'serial', timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const pad = (n: number) => String(n).padStart(2, '0');
/** A Paris day `n` days from today, `YYYY-MM-DD`. */
function parisDay(n = 0) {
  const now = new Date(Date.now() + n * 86_400_000);
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(now)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}`;
}
const isoWeekday = (day: string) => ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
const SHORT = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'];
const fr = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** Picks the option of a native select whose label contains `part`. */
async function selectContaining(select: Locator, part: string) {
  const labels = await select.locator('option').allTextContents();
  const label = labels.find((l) => l.includes(part));
  if (!label) throw new Error(`no option with ${part} in ${labels.join(', ')}`);
  await select.selectOption({ label });
}

const dialog = (page: Page) => page.getByRole('dialog');

test('a coordinator at 1280 px plans a repeating tournée, reads a warning, records a sick leave and covers it', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  const errors = await signInWatched(page, 'coordination@demo.trame.local');
  const today = parisDay();
  await page.getByRole('link', { name: 'Planning', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planning de la semaine' })).toBeVisible();
  await checkPage(page, 'planning-semaine');

  // A tournée tonight, Samia and Julien, on Malpassé, repeated on the same weekday for two weeks.
  await page.getByRole('button', { name: 'Planifier un créneau' }).click();
  const form = dialog(page);
  await form.getByLabel('Jour').fill(today);
  await form.getByLabel('Début (heure de Paris)').fill('19:00');
  await form.getByLabel('Fin (heure de Paris)').fill('22:00');
  await form.getByRole('checkbox', { name: 'Samia Benali' }).check();
  await form.getByRole('checkbox', { name: 'Julien Moreau' }).check();
  await selectContaining(form.getByLabel('Quartier (QPV)'), 'Malpass');
  await form.getByRole('checkbox', { name: SHORT[isoWeekday(today) - 1]!, exact: true }).check();
  await form.getByLabel('Jusqu’au').fill(parisDay(14));
  await form.getByRole('button', { name: 'Planifier' }).click();
  await expect(form.getByText('Créneau enregistré')).toBeVisible();
  await expect(form.getByText('3 créneaux dans la série')).toBeVisible();
  await form.getByRole('button', { name: 'Terminé' }).click();

  // Samia again tomorrow at 08:00: ten hours of rest only, the answer warns.
  await page.getByRole('button', { name: 'Planifier un créneau' }).click();
  await form.getByLabel('Type').selectOption({ label: 'Permanence' });
  await form.getByLabel('Jour').fill(parisDay(1));
  await form.getByLabel('Début (heure de Paris)').fill('08:00');
  await form.getByLabel('Fin (heure de Paris)').fill('12:00');
  await form.getByRole('checkbox', { name: 'Samia Benali' }).check();
  await selectContaining(form.getByLabel('Quartier (QPV)'), 'Malpass');
  await form.getByRole('button', { name: 'Planifier' }).click();
  await expect(form.getByText('À vérifier')).toBeVisible();
  await expect(form.getByText(/Samia Benali : 10 h de repos seulement/)).toBeVisible();
  await checkPage(page, 'planning-avertissement');
  await form.getByRole('button', { name: 'Terminé' }).click();

  // Julien is on sick leave today: tonight's tournée is to cover, in red and in words.
  await page.getByRole('button', { name: 'Enregistrer une absence' }).click();
  await form.getByLabel('Personne').selectOption({ label: 'Julien Moreau' });
  await form.getByLabel('Motif').selectOption({ label: 'Arrêt maladie' });
  await form.getByLabel('Du').fill(today);
  await form.getByLabel('Au (inclus)').fill(today);
  await form.getByRole('button', { name: 'Enregistrer l’absence' }).click();
  await expect(form.getByText('1 créneau à couvrir')).toBeVisible();
  await form.getByRole('button', { name: 'Terminé' }).click();
  const toCover = page.locator('[data-a-couvrir]');
  await expect(toCover.first()).toContainText('À couvrir');
  await checkPage(page, 'planning-a-couvrir');

  // Cover it: the first free colleague takes Julien's place.
  await toCover.first().click();
  await expect(dialog(page).getByText('Collègues disponibles')).toBeVisible();
  const swap = dialog(page).getByRole('button', { name: /^Choisir .+ pour remplacer Julien Moreau$/ });
  await expect(swap.first()).toBeVisible();
  await checkPage(page, 'planning-couvrir');
  await swap.first().click();
  await expect(dialog(page).getByText('Créneau enregistré')).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Terminé' }).click();
  await expect(page.locator('[data-a-couvrir]')).toHaveCount(0);

  // The month: today counts its shift; a day opens its week.
  await page.getByRole('link', { name: 'Vue du mois' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planning du mois' })).toBeVisible();
  const cell = page.locator(`[data-jour="${today}"]`);
  await expect(cell).toContainText('1 créneau');
  await expect(cell).toContainText('aujourd’hui');
  await checkPage(page, 'planning-mois');
  await cell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planning de la semaine' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a mediator at 360 px reads « Ma semaine » and starts the planned tournée from the home page', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  const errors = await signInWatched(page, 'mediation1@demo.trame.local');
  const today = parisDay();
  const card = page.locator('[data-carte="creneaux"]');
  await expect(card.getByText('Tournée · 19:00–22:00')).toBeVisible();
  await expect(card).toContainText('Équipe : Samia Benali');
  await expect(card).toContainText('Lieu : ');
  await checkPage(page, 'planning-aujourdhui-mediateur');

  await page.goto('/planning/ma-semaine');
  await expect(page.getByRole('heading', { level: 1, name: 'Ma semaine' })).toBeVisible();
  await expect(page.getByText(fr(today)).first()).toBeVisible();
  await expect(page.getByText('Tournée · 19:00–22:00').first()).toBeVisible();
  await expect(page.getByLabel('Adresse de votre calendrier')).toHaveValue(/\/api\/planning\/flux\/.+\.ics$/);
  await checkPage(page, 'planning-ma-semaine');

  // Their own absence: no sick leave offered; next week's tournée becomes to cover.
  await page.getByRole('button', { name: 'Déclarer une absence' }).click();
  const form = dialog(page);
  expect(await form.getByLabel('Motif').locator('option').allTextContents()).not.toContain('Arrêt maladie');
  await form.getByLabel('Motif').selectOption({ label: 'Congé' });
  await form.getByLabel('Du').fill(parisDay(7));
  await form.getByLabel('Au (inclus)').fill(parisDay(7));
  await checkPage(page, 'planning-absence-mediateur');
  await form.getByRole('button', { name: 'Enregistrer l’absence' }).click();
  await expect(form.getByText('1 créneau à couvrir')).toBeVisible();
  await form.getByRole('button', { name: 'Terminé' }).click();
  // Next week shows it; it can be taken back.
  await page.getByRole('button', { name: 'Suivante' }).click();
  await expect(page.getByText('Absence : Congé')).toBeVisible();
  await page.getByRole('button', { name: 'Retirer', exact: true }).click();
  await dialog(page).getByRole('button', { name: 'Retirer l’absence' }).click();
  await expect(page.getByText('Absence : Congé')).toHaveCount(0);
  await page.getByRole('button', { name: 'Précédente' }).click();

  // « Changer l'adresse »: the old address stops, a new one shows.
  const before = await page.getByLabel('Adresse de votre calendrier').inputValue();
  await page.getByRole('button', { name: 'Changer l’adresse' }).click();
  await dialog(page).getByRole('button', { name: 'Changer l’adresse' }).click();
  await expect(page.getByLabel('Adresse de votre calendrier')).not.toHaveValue(before);

  // From the home page: « Démarrer » (tap 1), then « Démarrer la tournée » (tap 2).
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await card.getByRole('link', { name: /^Démarrer/ }).click();
  await expect(page.getByText(/Créneau planifié : Tournée 19:00–22:00/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Julien Moreau/ })).not.toBeChecked();
  await checkPage(page, 'planning-demarrer');
  await page.getByRole('button', { name: 'Démarrer la tournée' }).click();
  await expect(page.getByRole('heading', { name: 'Tournée en cours' })).toBeVisible();

  // The activity is linked to the shift once the outbox has sent it.
  const me = await (await page.request.get('/api/auth/me')).json();
  await expect(async () => {
    const res = await page.request.get(`/api/planning?du=${today}&au=${today}&mediateurId=${me.user.id}`);
    const shift = (await res.json()).creneaux.find((c: { type: string }) => c.type === 'tournee');
    expect(shift.activiteId).not.toBeNull();
  }).toPass({ timeout: 20_000 });
  expect(errors).toEqual([]);
});
