import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id is a const enum (2) that isolatedModules cannot inline.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** argon2id with the OWASP minimum parameters (19 MiB, t=2, p=1). */
export const hashPassword = (plain: string) => hash(plain, OPTIONS);

export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}

/** Verified against when the e-mail is unknown, so both paths take the same time. */
let dummyHash: Promise<string> | null = null;
export const getDummyHash = () => {
  dummyHash ??= hashPassword('trame-dummy-password-for-timing');
  return dummyHash;
};
