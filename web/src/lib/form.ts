import { frenchIssueMessage } from '@domain/zod-fr-messages';
import { type ChangeEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError, errorMessage } from './api-client';

/**
 * Parses with zod's messages in French. Only zod's types are imported here: zod itself comes with
 * the schema, so a street form that loads its schema at submit (`validateLater`) keeps zod out of
 * its page's first load (issue 15 part 6, ADR 033).
 */
export const frenchParse = <S extends z.ZodType>(schema: S, input: unknown) =>
  schema.safeParse(input, { error: frenchIssueMessage });

/** Field path (`email`, `contacts.0.nom`) → French message. */
export type FieldErrors = Record<string, string>;

/** First message per field path, as zod and the server's `details[].champ` name them. */
export function issuesToErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>) {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    errors[key] ??= issue.message;
  }
  return errors;
}

/** An optional free text as the API takes it: trimmed, `null` when empty. */
export const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

const SCHEMA_UNAVAILABLE =
  'Le formulaire n’a pas pu être vérifié : rechargez la page (ce que vous avez saisi reste affiché).';
const FORM_INVALID = 'Le formulaire contient des erreurs : corrigez les champs signalés.';

/**
 * Minimal form state: values stay as typed whatever happens (a failed request never clears
 * them), client-side validation with the shared zod schema, server errors mapped onto fields.
 */
export function useForm<T extends object>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Bumped on each failed submit: keyboard and screen-reader users land on the first bad field.
  const [failures, setFailures] = useState(0);
  useEffect(() => {
    if (failures === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failures]);

  const setValue = useCallback(<K extends keyof T & string>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => {
      if (!(key in e)) return e;
      const { [key]: _removed, ...rest } = e;
      return rest;
    });
  }, []);

  /** Parses `input` with `schema`; on failure shows the field errors and returns null. */
  const validate = useCallback(<S extends z.ZodType>(schema: S, input: unknown): z.output<S> | null => {
    const result = frenchParse(schema, input);
    if (result.success) {
      setErrors({});
      setFormError(null);
      return result.data;
    }
    setErrors(issuesToErrors(result.error.issues));
    setFormError(FORM_INVALID);
    setFailures((n) => n + 1);
    return null;
  }, []);

  /**
   * As `validate`, with the schema loaded at submit (a street form's first load stays light; the
   * service worker has the file offline). A schema that cannot load says so and keeps the values.
   */
  const validateLater = useCallback(
    async <S extends z.ZodType>(load: () => Promise<S>, input: unknown): Promise<z.output<S> | null> => {
      let schema: S;
      try {
        schema = await load();
      } catch {
        setFormError(SCHEMA_UNAVAILABLE);
        return null;
      }
      return validate(schema, input);
    },
    [validate],
  );

  /** Shows the server's French message and maps `details[].champ` onto the fields. */
  const handleError = useCallback((error: unknown) => {
    setFormError(errorMessage(error));
    if (error instanceof ApiError) {
      const fieldErrors: FieldErrors = {};
      for (const { champ, message } of error.fieldIssues) fieldErrors[champ] ??= message;
      setErrors(fieldErrors);
      if (error.fieldIssues.length > 0) setFailures((n) => n + 1);
    }
  }, []);

  /** A client-side check outside the schema failed (e.g. the two passwords differ). */
  const reject = useCallback((fieldErrors: FieldErrors, message: string) => {
    setErrors(fieldErrors);
    setFormError(message);
    setFailures((n) => n + 1);
  }, []);

  const reset = useCallback((next: T) => {
    setValues(next);
    setErrors({});
    setFormError(null);
  }, []);

  /** Props for a text input bound to a string field. */
  const textProps = <K extends keyof T & string>(key: K) => ({
    value: String(values[key] ?? ''),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValue(key, event.currentTarget.value as T[K]),
    error: errors[key],
  });

  /** Props for a Select bound to a `string | null` field (a code list, an id). */
  const selectProps = <K extends keyof T & string>(key: K) => ({
    value: (values[key] ?? null) as string | null,
    onChange: (value: string | null) => setValue(key, value as T[K]),
    error: errors[key],
  });

  return {
    /** Attach to the <form> so a failed submit can focus the first invalid field. */
    formRef,
    values,
    setValues,
    setValue,
    errors,
    setErrors,
    formError,
    setFormError,
    validate,
    validateLater,
    handleError,
    reject,
    reset,
    textProps,
    selectProps,
  };
}
