import { z } from 'zod';

/** The only reader of process.env. Fails fast, naming every faulty key. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  TRAME_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  TRAME_PUBLIC_URL: z.url().optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** SMTP server for e-mails to partners, e.g. smtp://user:pass@smtp.example.org:587; unset: no e-mail. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  SMTP_FROM: z.string().min(3).default('Trame <ne-pas-repondre@trame.local>'),
  /** Map tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png; unset: the map draws without tiles. */
  MAP_TILE_URL: z.string().url().optional(),
  MAP_TILE_ATTRIBUTION: z.string().max(300).default('© contributeurs OpenStreetMap'),
  /** Grid (meters) of the coordinates the public Open311 GET publishes without a key; 0: exact (ADR 015). */
  OPEN311_PUBLIC_PRECISION_M: z.coerce.number().int().min(0).max(5000).default(50),
  /** /api/docs and /api/openapi.json: unset means signed-in only in production, public otherwise (ADR 014). */
  API_DOCS: z.enum(['public', 'signed-in']).optional(),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Trame's public address (links in e-mails, ProConnect's return), without a trailing slash. */
export const publicUrl = (env: Env) =>
  (env.TRAME_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');

export const cookieIsSecure = (env: Env) =>
  env.COOKIE_SECURE === 'auto' ? env.NODE_ENV === 'production' : env.COOKIE_SECURE === 'true';
