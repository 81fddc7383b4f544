import { describe, expect, it } from 'vitest';
import { TRANCHE_AGE_LIST } from './accueil/accueil.taxonomies';
import { codeList, optionsOf } from './code-list';
import { PUBLIC_LIST } from './main-courante/main-courante.taxonomies';
import { codeEnum } from './zod-fr';

describe('code lists', () => {
  const list = codeList({ rue: 'Rue', permanence: 'Permanence', en_ligne: 'En ligne' });

  it('gives codes in the written order, labels, options and membership from one definition', () => {
    expect(list.codes).toEqual(['rue', 'permanence', 'en_ligne']);
    expect(list.options).toEqual([
      { value: 'rue', label: 'Rue' },
      { value: 'permanence', label: 'Permanence' },
      { value: 'en_ligne', label: 'En ligne' },
    ]);
    expect(list.label('en_ligne')).toBe('En ligne');
    expect(list.label('ancien_code')).toBe('ancien_code');
    expect(list.has('rue')).toBe(true);
    expect(list.has('toString')).toBe(false);
    expect(optionsOf(list, ['en_ligne', 'rue']).map((o) => o.label)).toEqual(['En ligne', 'Rue']);
  });

  it('gives the zod enum with a French message for an unknown code and for a missing one', () => {
    const schema = codeEnum(list, 'Canal inconnu.');
    expect(schema.parse('rue')).toBe('rue');
    expect(schema.safeParse('velo').error?.issues[0]?.message).toBe('Canal inconnu.');
    expect(schema.safeParse('').error?.issues[0]?.message).toBe('Champ obligatoire.');
  });

  it('counts a person at the desk and a contact in the street in the same age bands', () => {
    expect(TRANCHE_AGE_LIST).toBe(PUBLIC_LIST);
  });
});
