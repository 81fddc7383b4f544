import { describe, expect, it } from 'vitest';
import { listeQuerySchema, nbPages, PAR_PAGE_DEFAUT, pageOffset, periodeEffective } from './liste';
import { installFrenchErrors, recherche } from './zod-fr';

installFrenchErrors();
const schema = listeQuerySchema({ q: recherche(50) });

describe('list contract', () => {
  it('defaults to page 1 of 50', () => {
    expect(schema.parse({})).toEqual({ page: 1, parPage: PAR_PAGE_DEFAUT, q: undefined });
  });

  it('reads page and parPage from a query string', () => {
    const p = schema.parse({ page: '3', parPage: '20' });
    expect(p).toMatchObject({ page: 3, parPage: 20 });
    expect(pageOffset(p)).toBe(40);
  });

  it.each([
    [{ parPage: '201' }, 'parPage', 'Au plus 200 éléments par page.'],
    [{ parPage: '0' }, 'parPage', 'Au moins 1 élément par page.'],
    [{ page: '0' }, 'page', 'Les pages commencent à 1.'],
    [{ page: '1.5' }, 'page', 'Numéro de page entier attendu.'],
    [{ page: 'deux' }, 'page', 'Nombre entier attendu.'],
  ])('refuses %o naming the field in French', (query, champ, message) => {
    const r = schema.safeParse(query);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([[champ, message]]);
  });

  it('counts pages, at least one', () => {
    expect(nbPages(0, 50)).toBe(1);
    expect(nbPages(50, 50)).toBe(1);
    expect(nbPages(51, 50)).toBe(2);
  });
});

describe('default period', () => {
  it('covers the 30 days ending today when no day is given, upper bound open', () => {
    expect(periodeEffective({}, '2026-12-02')).toEqual({ du: '2026-11-03', au: null });
  });
  it('ends at `au` when only `au` is given', () => {
    expect(periodeEffective({ au: '2026-03-31' }, '2026-12-02')).toEqual({
      du: '2026-03-02',
      au: '2026-03-31',
    });
  });
  it('keeps an explicit `du`', () => {
    expect(periodeEffective({ du: '2020-01-01' }, '2026-12-02')).toEqual({ du: '2020-01-01', au: null });
  });
});
