import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from './env';

describe('environment', () => {
  it('has defaults for a newcomer', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ PORT: 3000, TRAME_DATA_DIR: './data', NODE_ENV: 'development' });
  });

  it('names every faulty key at once', () => {
    try {
      loadEnv({ PORT: 'trois-mille', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'bavard' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(EnvError);
      const msg = (err as Error).message;
      for (const key of ['PORT', 'DATABASE_URL', 'LOG_LEVEL']) expect(msg).toContain(key);
    }
  });
});
