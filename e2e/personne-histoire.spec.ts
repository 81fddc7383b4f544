import { expect, test } from '@playwright/test';
import { checkPage, PHONE, signInWatched } from './support';

test.use({ viewport: PHONE });

/** Issue 11, point 4, at 360 px: a person's file lists their demandes and orientations, dated. */
test('a person file tells their story: demandes and orientations with dates and statuses', async ({
  page,
}) => {
  const errors = await signInWatched(page, 'mediation1@demo.trame.local');
  // A demo person with at least one orientation, whatever its status.
  const all = await (await page.request.get('/api/orientations?ouvertes=false&parPage=200')).json();
  const withPerson = all.items.find((o: { personneId: string | null }) => o.personneId);
  expect(withPerson, 'a demo orientation tied to a person').toBeTruthy();
  await page.goto(`/personnes/${withPerson.personneId}`);

  const demandes = page.getByRole('region', { name: 'Demandes' });
  await expect(demandes.getByRole('status').filter({ hasText: /\d+ demandes?/ })).toBeVisible();
  const orientations = page.getByRole('region', { name: 'Orientations' });
  await expect(orientations.getByRole('status').filter({ hasText: /\d+ orientations?/ })).toBeVisible();
  const first = orientations.getByRole('listitem').first();
  await expect(first).toContainText(withPerson.service.nom);
  await expect(first).toContainText(/Proposée le :\s*\d{2}\/\d{2}\/\d{4}/);
  await expect(first).toContainText(
    /Statut :\s*(Proposée|Prise de contact|Aboutie|Sans suite|Refusée|Expirée)/,
  );
  await checkPage(page, 'personne-histoire');

  // Situations: the mediator adds the person to an open situation; it is then listed in the
  // file, and the situation shows a pseudonym, never the person's name.
  const situations = page.getByRole('region', { name: 'Situations' });
  await expect(
    situations.getByText('Cette personne n’est partie à aucune situation que vous voyez.'),
  ).toBeVisible();
  // Only the situations this mediator may change are offered: the first one accepts the person.
  const linked = situations.getByRole('status').filter({ hasText: /1 situation/ });
  await situations.getByRole('combobox', { name: 'Situation en cours' }).click();
  await page.getByRole('option').first().click();
  await situations.getByRole('button', { name: 'Ajouter à la situation' }).click();
  await expect(linked).toBeVisible();
  await situations.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/situations\//);
  await expect(page.getByText(/Personne [A-Z]/).first()).toBeVisible();
  expect(errors).toEqual([]);
});
