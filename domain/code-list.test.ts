import { describe, expect, it } from 'vitest';
import { GENRE_LIST, PUBLIC_LIST } from './publics';

describe('codeList', () => {
  it('gives codes, labels, options and the zod enum of one list together', () => {
    expect(PUBLIC_LIST.options[0]).toEqual({ value: 'enfant', label: 'Enfant (moins de 12 ans)' });
    expect(PUBLIC_LIST.options.map((o) => o.value)).toEqual([...PUBLIC_LIST.codes]);
    expect(GENRE_LIST.schema.parse('non_precise')).toBe('non_precise');
    const refused = GENRE_LIST.schema.safeParse('autre');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('Genre inconnu.');
  });
});
