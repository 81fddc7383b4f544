import { describe, expect, it } from 'vitest';
import { FIN_AVANT_DEBUT, isJour, isPeriode, ordreErreur, periodeErreur } from './periode';

describe('the period rule', () => {
  it('knows a real calendar day', () => {
    expect(isJour('2026-02-28')).toBe(true);
    expect(isJour('2024-02-29')).toBe(true);
    expect(isJour('2026-02-29')).toBe(false);
    expect(isJour('2026-4-01')).toBe(false);
    expect(isJour('')).toBe(false);
    expect(isJour(null)).toBe(false);
  });

  it('refuses an end before the start and more than three years, names the period', () => {
    expect(periodeErreur('2026-03-02', '2026-03-01')).toBe(FIN_AVANT_DEBUT);
    expect(periodeErreur('2026-03-01', '2026-03-01')).toBeNull();
    expect(periodeErreur('2020-01-01', '2023-01-03', 'Le bilan')).toBe('Le bilan couvre au plus trois ans.');
    expect(periodeErreur('2020-01-01', '2023-01-02')).toBeNull();
  });

  it('filters of a list only ask the order', () => {
    expect(ordreErreur('2026-03-02', '2026-03-01')).toBe(FIN_AVANT_DEBUT);
    expect(ordreErreur('2020-01-01', '2026-03-01')).toBeNull();
    expect(ordreErreur('2026-03-02', null)).toBeNull();
  });

  it('leaves a missing or malformed day to its own field', () => {
    expect(periodeErreur('2026-03-02', '')).toBeNull();
    expect(periodeErreur(undefined, '2026-03-01')).toBeNull();
    expect(isPeriode('2026-03-01', undefined)).toBe(false);
    expect(isPeriode('2026-03-01', '2026-03-31')).toBe(true);
    expect(isPeriode('2026-03-31', '2026-03-01')).toBe(false);
  });
});
