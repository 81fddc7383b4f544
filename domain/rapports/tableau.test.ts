import { describe, expect, it } from 'vitest';
import { ONGLETS } from './tableau';

describe('XLSX sheet names', () => {
  it('are at most 31 characters, without []:*?/\\ (else the export fails)', () => {
    for (const name of Object.values(ONGLETS)) {
      expect(name.length, name).toBeLessThanOrEqual(31);
      expect(name, name).not.toMatch(/[[\]:*?/\\]/);
    }
  });
});
