import { expect as baseExpect, test } from '@playwright/test';
import { checkPage, choose, DESKTOP, PHONE, signInWatched } from './support';

/** Issue 13, part 6: a handover note from the coordinator, read and acknowledged in the street. */
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 15_000 });
const TEXTE = `Tension hall B, passer en binôme (${Date.now() % 100_000})`;

test('a coordinator at 1280 px leaves a note for a QPV; its mediator at 360 px reads it and says so', async ({
  browser,
}) => {
  const coordCtx = await browser.newContext({ viewport: DESKTOP });
  const coord = await coordCtx.newPage();
  const coordErrors = await signInWatched(coord, 'coordination@demo.trame.local');
  const medCtx = await browser.newContext({ viewport: PHONE });
  const med = await medCtx.newPage();
  const medErrors = await signInWatched(med, 'mediation5@demo.trame.local');
  const me = (await (await med.request.get('/api/auth/me')).json()) as {
    territoires: Array<{ nom: string }>;
  };
  const qpv = me.territoires[0]!.nom;

  // The coordinator writes it from the home page; a past day is refused in French.
  const card = coord.locator('[data-carte="consignes"]');
  await card.getByRole('button', { name: 'Nouvelle consigne' }).click();
  const form = coord.getByRole('dialog', { name: 'Nouvelle consigne' });
  await form.getByRole('textbox', { name: 'Consigne' }).fill(TEXTE);
  await choose(coord, form, 'Pour l’équipe du QPV', qpv);
  await checkPage(coord, 'consigne-nouvelle');
  await form.getByLabel('Valable jusqu’au (inclus)').fill('2020-01-01');
  await form.getByRole('button', { name: 'Publier la consigne' }).click();
  await expect(form.getByText('Une consigne vaut au moins jusqu’à aujourd’hui.').first()).toBeVisible();
  const demain = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel('Valable jusqu’au (inclus)').fill(demain);
  await form.getByRole('button', { name: 'Publier la consigne' }).click();
  await expect(form).toHaveCount(0);
  const mine = card.locator('li', { hasText: TEXTE });
  await expect(mine).toContainText('Lue par 0 personne');
  await expect(mine).toContainText(`pour ${qpv}`);

  // The mediator sees it first, marked « Non lue » in words; « J'ai lu » acknowledges it.
  await med.reload();
  const note = med.locator('[data-carte="consignes"] li', { hasText: TEXTE });
  await expect(note.getByText('Non lue')).toBeVisible();
  await expect(note).toContainText(
    `jusqu’au ${demain.slice(8, 10)}/${demain.slice(5, 7)}/${demain.slice(0, 4)}`,
  );
  await checkPage(med, 'consignes-mediateur');
  await note.getByRole('button', { name: 'J’ai lu' }).click();
  await expect(note).toContainText('✓ Lue');
  await expect(note.getByText('Non lue')).toHaveCount(0);

  // Its author sees who read it, and can take it back.
  await coord.reload();
  await expect(mine).toContainText('Lue par 1 personne');
  await mine.getByRole('button', { name: /^Retirer la consigne/ }).click();
  await coord
    .getByRole('dialog', { name: 'Retirer la consigne' })
    .getByRole('button', { name: 'Retirer la consigne' })
    .click();
  await expect(mine).toHaveCount(0);
  // The one 400 is the past day refused on purpose above.
  expect(coordErrors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  expect(medErrors).toEqual([]);
  await coordCtx.close();
  await medCtx.close();
});
