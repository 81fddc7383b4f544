import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  hotp,
  matchTotp,
  newTotpSecret,
  otpauthUrl,
  totpCode,
  totpStep,
} from './totp';

// RFC 6238, appendix B: the SHA-1 rows, secret "12345678901234567890", 8 digits.
const RFC_KEY = Buffer.from('12345678901234567890', 'ascii');
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('gives the appendix B value at T=%i', (seconds, expected) => {
    expect(hotp(RFC_KEY, totpStep(new Date(seconds * 1000)), 8)).toBe(expected);
  });

  it('reads its own base32 back, and the RFC key through base32 gives the same 6-digit code', () => {
    const secret = base32Encode(RFC_KEY);
    expect(secret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(secret).equals(RFC_KEY)).toBe(true);
    expect(totpCode(secret, new Date(59_000))).toBe('287082');
  });

  it('makes 20-byte secrets, different each time', () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(a)).toHaveLength(20);
    expect(newTotpSecret()).not.toBe(a);
  });

  it('accepts one step either side, not two, and never a step already used', () => {
    const secret = newTotpSecret();
    const at = new Date('2026-03-02T10:00:15Z');
    const step = totpStep(at);
    const codeAt = (s: number) => totpCode(secret, new Date(s * 30_000));
    expect(matchTotp(secret, codeAt(step), at, null)).toBe(step);
    expect(matchTotp(secret, codeAt(step - 1), at, null)).toBe(step - 1);
    expect(matchTotp(secret, codeAt(step + 1), at, null)).toBe(step + 1);
    const far = codeAt(step - 2);
    if (![codeAt(step - 1), codeAt(step), codeAt(step + 1)].includes(far)) {
      expect(matchTotp(secret, far, at, null)).toBeNull();
    }
    expect(matchTotp(secret, codeAt(step), at, step)).toBeNull();
    expect(matchTotp(secret, codeAt(step + 1), at, step)).toBe(step + 1);
    expect(matchTotp(secret, 'abcdef', at, null)).toBeNull();
  });

  it('builds the URL an authenticator app reads', () => {
    const url = otpauthUrl('ABC', 'Trame', 'Ville de Test - a@b.fr');
    expect(url).toBe(
      'otpauth://totp/Trame%3AVille%20de%20Test%20-%20a%40b.fr?secret=ABC&issuer=Trame&algorithm=SHA1&digits=6&period=30',
    );
  });
});
