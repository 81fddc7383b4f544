import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import {
  aCaracteresInterdits,
  CARACTERES_INTERDITS,
  sansCaracteresInterdits,
} from '../../../../domain/zod-fr';
import { echo } from '../../lib/import-report';

const require = createRequire(import.meta.url);
/** The official schema files, unchanged (see schema/README.md). */
export const structureJsonSchema = require('./schema/structure.json') as {
  properties: Record<string, unknown>;
};
export const serviceJsonSchema = require('./schema/service.json') as { properties: Record<string, unknown> };

// ajv-formats ships CommonJS with a default export
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

export type DiKind = 'structure' | 'service';
/** Compiled on first use, not at boot. */
const validators: Partial<Record<DiKind, ValidateFunction>> = {};
const validatorFor = (kind: DiKind): ValidateFunction =>
  (validators[kind] ??= ajv.compile(kind === 'structure' ? structureJsonSchema : serviceJsonSchema));
const properties: Record<DiKind, string[]> = {
  structure: Object.keys(structureJsonSchema.properties),
  service: Object.keys(serviceJsonSchema.properties),
};

export interface FieldError {
  champ: string;
  message: string;
}

function frenchMessage(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return 'Champ obligatoire.';
    case 'type':
      return `Type de valeur invalide (attendu : ${p.type === 'string' ? 'texte' : p.type === 'array' ? 'liste' : p.type === 'number' || p.type === 'integer' ? 'nombre' : String(p.type)}).`;
    case 'enum':
      return 'Code inconnu de la nomenclature data·inclusion.';
    case 'format':
      return p.format === 'date'
        ? 'Date attendue au format AAAA-MM-JJ.'
        : p.format === 'email'
          ? 'Adresse e-mail invalide.'
          : p.format === 'uri'
            ? 'Adresse web invalide.'
            : 'Format invalide.';
    case 'minLength':
      return `Au moins ${p.limit} caractères.`;
    case 'maxLength':
      return `Au plus ${p.limit} caractères.`;
    case 'pattern':
      return 'Format invalide.';
    case 'minItems':
      return `Au moins ${p.limit} élément(s).`;
    case 'uniqueItems':
      return 'Valeurs en double dans la liste.';
    case 'minimum':
      return `Valeur trop petite (minimum ${p.limit}).`;
    case 'const':
      return 'Valeur non reconnue.';
    default:
      return 'Valeur invalide.';
  }
}

/** Ajv errors of an `anyOf [value, null]` field, reduced to the one that explains the problem. */
function toFieldErrors(errors: ErrorObject[]): FieldError[] {
  const out = new Map<string, FieldError>();
  const paths = errors.map((e) =>
    e.keyword === 'required'
      ? `${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`
      : e.instancePath,
  );
  errors.forEach((e, i) => {
    const path = paths[i]!;
    if (e.keyword === 'anyOf') return;
    const nullBranch = e.keyword === 'type' && (e.params as { type: string }).type === 'null';
    if (
      nullBranch &&
      paths.some(
        (q, j) =>
          j !== i &&
          errors[j]!.keyword !== 'anyOf' &&
          (q === path || q.startsWith(`${path}/`)) &&
          !(errors[j]!.keyword === 'type' && (errors[j]!.params as { type: string }).type === 'null'),
      )
    )
      return;
    const champ = path.replace(/^\//, '').replaceAll('/', '.');
    if (!out.has(champ)) out.set(champ, { champ, message: frenchMessage(e) });
  });
  return [...out.values()];
}

/** The record's keys: an over-long or unprintable one cannot be stored (unique index, NUL). */
const IDENTIFIERS = new Set(['id', 'source', 'structure_id']);
export const DI_ID_MAX = 200;

/** Free text loses control characters and lone surrogates (the input rule); lists too. */
const cleanValue = (v: unknown): unknown =>
  typeof v === 'string' ? sansCaracteresInterdits(v) : Array.isArray(v) ? v.map(cleanValue) : v;

/** The record with its texts cleaned, and the faults of its identifiers (refused, never changed). */
function applyInputRule(record: Record<string, unknown>) {
  const input: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const [k, v] of Object.entries(record)) {
    if (IDENTIFIERS.has(k) && typeof v === 'string') {
      if (v.length > DI_ID_MAX) errors.push({ champ: k, message: `Au plus ${DI_ID_MAX} caractères.` });
      else if (aCaracteresInterdits(v)) errors.push({ champ: k, message: CARACTERES_INTERDITS });
      input[k] = v;
    } else input[k] = cleanValue(v);
  }
  return { input, errors };
}

/** A record's id as a report may echo it: printable, cut at 200 characters; null when not a text. */
export const echoedId = (v: unknown): string | null =>
  typeof v === 'string' ? echo(sansCaracteresInterdits(v)) : null;

/**
 * Validates one record against the official schema, after the input rule (texts cleaned,
 * identifiers bounded and refused when unprintable). Returns the record reduced to the schema's
 * properties (unknown keys are dropped, as data·inclusion does) or the field errors in French.
 */
export function validateDataInclusion(
  kind: DiKind,
  record: unknown,
): { ok: true; record: Record<string, unknown> } | { ok: false; errors: FieldError[] } {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, errors: [{ champ: '', message: 'Objet JSON attendu.' }] };
  }
  const { input, errors } = applyInputRule(record as Record<string, unknown>);
  const validate = validatorFor(kind);
  if (!validate(input) || errors.length) {
    const schemaErrors = toFieldErrors(validate.errors ?? []).filter(
      (e) => !errors.some((x) => x.champ === e.champ),
    );
    return { ok: false, errors: [...errors, ...schemaErrors] };
  }
  const clean: Record<string, unknown> = {};
  for (const key of properties[kind]) {
    const value = input[key];
    if (value !== undefined) clean[key] = value;
  }
  return { ok: true, record: clean };
}
