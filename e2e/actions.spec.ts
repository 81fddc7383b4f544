import { expect, type Page, test } from '@playwright/test';
import {
  checkPage,
  choose,
  DESKTOP,
  failOnConsoleErrors,
  newAccount,
  offlineReady,
  PHONE,
  signIn,
  signInWatched,
} from './support';

test.use({ viewport: PHONE });
// The machine is shared: leave room for a slow server rather than fail on load.
test.describe.configure({ timeout: 240_000 });

const PASSWORD = 'actions-collectives-2026';
/** Yesterday in Paris, `AAAA-MM-JJ`: the workshop has started, so it can be evaluated. */
const hier = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() - 86_400_000));

const participation = async (page: Page, id: string) =>
  (await (await page.request.get(`/api/actions/${id}/participation`)).json()) as {
    total: number;
    par_genre: Record<string, number>;
  };

/**
 * Issue 14, parts 1–3 at 360 px: a mediator creates a digital workshop, counts 20 people at the
 * door with the network gone (a reload keeps the tally), the counts reach the server once it is
 * back, then evaluates the workshop and starts a residents' project from it; the coordinator finds
 * both in the bilan.
 */
test('a mediator creates a workshop, counts 20 participants offline, evaluates it and starts a project from it; the coordinator finds both (360 px)', async ({
  page,
  context,
}) => {
  const mark = `atelier-${Date.now().toString(36)}`;
  const email = await newAccount(page, {
    role: 'mediateur',
    prefix: 'med-actions',
    password: PASSWORD,
    prenom: 'Inès',
    nom: 'Marchal',
  });
  await context.clearCookies(); // the admin's session ends here
  await signIn(page, email, PASSWORD);
  const errors = failOnConsoleErrors(page);

  await page.goto('/actions');
  await expect(page.getByRole('heading', { name: 'Actions collectives', level: 1 })).toBeVisible();
  await checkPage(page, 'actions-liste');

  await page.getByRole('link', { name: 'Nouvelle action' }).click();
  const form = page.getByRole('form', { name: 'Action collective' });
  await choose(page, form, 'Type d’action', 'Atelier numérique');
  await form.getByRole('textbox', { name: 'Titre' }).fill(`Atelier France Services ${mark}`);
  await form.locator('input[type="date"]').fill(hier());
  await form.getByRole('textbox', { name: 'Objectif' }).fill('Créer son espace France Travail');
  await form.getByRole('textbox', { name: 'Participant·es attendu·es' }).fill('15');
  await expect(form.getByRole('checkbox', { name: 'Inès Marchal' })).toBeChecked();
  await checkPage(page, 'action-nouvelle');
  await form.getByRole('button', { name: 'Créer l’action' }).click();
  await expect(page).toHaveURL(/\/actions\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop() as string;
  await expect(page.getByRole('heading', { name: `Atelier France Services ${mark}` })).toBeVisible();
  await checkPage(page, 'action');

  // Tap 1: from the action's page to the counter.
  await page.getByRole('link', { name: 'Compter à l’entrée' }).click();
  const total = page.getByRole('status').filter({ hasText: 'Total' });
  await expect(total).toHaveText('Total : 0');
  // Reloaded once the service worker controls the page: it then holds the session's read too.
  await offlineReady(page, { reload: true });
  await expect(total).toHaveText('Total : 0');

  // The network drops at the door: 12 women and 8 men, one tap each (taps 2 to 21).
  await context.setOffline(true);
  const femme = page.getByRole('button', { name: 'Ajouter une personne : Femme, Adulte (26–59 ans)' });
  const homme = page.getByRole('button', { name: 'Ajouter une personne : Homme, Adulte (26–59 ans)' });
  for (let i = 0; i < 12; i += 1) await femme.click();
  for (let i = 0; i < 8; i += 1) await homme.click();
  await expect(total).toHaveText('Total : 20');
  await checkPage(page, 'action-comptage');

  // A reload without network keeps the tally (the service worker serves the page).
  await page.reload();
  await expect(total).toHaveText('Total : 20');

  // The network is back: the whole tally reaches the server.
  await context.setOffline(false);
  await expect
    .poll(async () => (await participation(page, id)).total, { timeout: 90_000, intervals: [1000] })
    .toBe(20);
  expect((await participation(page, id)).par_genre).toMatchObject({ femme: 12, homme: 8 });

  await page.getByRole('button', { name: 'Terminer' }).click();
  await expect(page.getByText('20 participant·es')).toBeVisible();

  await page.getByRole('link', { name: 'Évaluer' }).click();
  const evaluation = page.getByRole('form', { name: 'Évaluation de l’action' });
  await evaluation.getByText('Objectif partiellement atteint', { exact: true }).click();
  await evaluation.getByLabel('Ce qui a bien marché').fill('Les participantes se sont entraidées');
  await evaluation.getByLabel('Ce qu’il faudrait changer').fill('Prévoir plus de postes');
  await checkPage(page, 'action-evaluation');
  await evaluation.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
  await expect(page).toHaveURL(new RegExp(`/actions/${id}$`));
  await expect(page.getByText('Objectif partiellement atteint')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Démarrer un projet' })).toHaveAttribute(
    'href',
    `/projets/nouveau?action=${id}`,
  );

  // The workshop gives birth to a residents' project: pre-filled from the action, linked to it.
  await page.getByRole('link', { name: 'Démarrer un projet' }).click();
  const projetForm = page.getByRole('form', { name: 'Nouveau projet' });
  await expect(projetForm.getByRole('textbox', { name: 'Titre du projet' })).toHaveValue(
    `Atelier France Services ${mark}`,
  );
  const titreProjet = `Repair café numérique ${mark}`;
  await projetForm.getByRole('textbox', { name: 'Titre du projet' }).fill(titreProjet);
  await projetForm.getByRole('button', { name: 'Créer le projet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: titreProjet })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`Atelier France Services ${mark}`) })).toBeVisible();
  await checkPage(page, 'projet-depuis-atelier');
  // The outbox's tries while the network was gone are the only failed loads.
  expect(errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);

  // The coordinator finds both in the bilan of the period: the workshop's 20 and the new project.
  await context.clearCookies();
  await signIn(page, 'coordination@demo.trame.local');
  const du = hier();
  const au = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const rapport = await (await page.request.get(`/api/rapports/activite?du=${du}&au=${au}`)).json();
  expect(rapport.actions.par_type.atelier_numerique.participants).toBeGreaterThanOrEqual(20);
  expect(rapport.registres.sensibilisation.participants).toBeGreaterThanOrEqual(20);
  expect(rapport.projets.nouveaux).toBeGreaterThanOrEqual(1);
  // The activity report of the year (its web page: the tables of the bilan PDF and XLSX).
  await page.goto('/rapports');
  await expect(page.getByRole('heading', { name: 'Actions collectives par type' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { name: /Projets d’habitants/ }).first()).toBeVisible();
  await checkPage(page, 'bilan-actions-projets');
});

/** Issue 14, part 1: the form keeps what was typed through a reload, an action changes, then is cancelled. */
test('the form keeps its draft; an action is changed, then cancelled after a confirmation (360 px)', async ({
  page,
}) => {
  const mark = `reunion-${Date.now().toString(36)}`;
  const errors = await signInWatched(page, 'coordination@demo.trame.local');
  await page.goto('/actions/nouvelle');
  const form = page.getByRole('form', { name: 'Action collective' });
  await choose(page, form, 'Type d’action', 'Réunion d’habitants');
  await form.getByRole('textbox', { name: 'Titre' }).fill(`Pied d’immeuble ${mark}`);
  await form.getByRole('textbox', { name: 'Objectif' }).fill('Parler des encombrants');

  // The tab is reloaded (a dropped network, a closed tab): nothing typed is lost.
  await page.reload();
  await expect(form.getByRole('textbox', { name: 'Titre' })).toHaveValue(`Pied d’immeuble ${mark}`);
  await expect(form.getByRole('textbox', { name: 'Objectif' })).toHaveValue('Parler des encombrants');

  // A title of spaces only is refused by the shared schema, on its field, before anything leaves.
  await form.getByRole('textbox', { name: 'Titre' }).fill('   ');
  await form.getByRole('button', { name: 'Créer l’action' }).click();
  await expect(form.getByRole('textbox', { name: 'Titre' })).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('textbox', { name: 'Titre' }).fill(`Pied d’immeuble ${mark}`);
  await form.getByRole('button', { name: 'Créer l’action' }).click();
  await expect(page).toHaveURL(/\/actions\/[0-9a-f-]{36}$/);

  await page.getByRole('link', { name: 'Modifier' }).click();
  await form.getByRole('textbox', { name: 'Titre' }).fill(`Pied d’immeuble, bâtiment C ${mark}`);
  await checkPage(page, 'action-modifier');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: `Pied d’immeuble, bâtiment C ${mark}` })).toBeVisible();

  await page.getByRole('button', { name: 'Annuler l’action' }).click();
  const dialog = page.getByRole('dialog', { name: 'Annuler cette action ?' });
  await checkPage(page, 'action-annuler');
  await dialog.getByRole('button', { name: 'Annuler l’action' }).click();
  await expect(page.getByText('Annulée', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Compter à l’entrée' })).toHaveCount(0);

  // The list finds it by a word of its title, with its status.
  await page.goto('/actions');
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill(mark);
  await expect(page.getByRole('link', { name: `Pied d’immeuble, bâtiment C ${mark}` })).toBeVisible();
  // The other filters fold away at 360 px until asked for.
  await page.getByRole('button', { name: 'Plus de filtres' }).click();
  await choose(page, page.getByRole('search', { name: 'Filtrer les actions' }), 'Statut', 'Annulée');
  await expect(page.getByRole('link', { name: `Pied d’immeuble, bâtiment C ${mark}` })).toBeVisible();
  await checkPage(page, 'actions-liste-filtree');
  await page.setViewportSize(DESKTOP);
  await checkPage(page, 'actions-liste-filtree');
  await page.getByRole('link', { name: `Pied d’immeuble, bâtiment C ${mark}` }).click();
  await expect(page.getByRole('heading', { name: `Pied d’immeuble, bâtiment C ${mark}` })).toBeVisible();
  await expect(page.locator('#contenu').getByText('Annulée', { exact: true })).toBeVisible();
  await expect(page.getByText('Personne n’a encore été compté.')).toBeVisible();
  await checkPage(page, 'action-annulee');
  expect(errors).toEqual([]);
});
