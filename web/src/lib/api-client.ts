/**
 * The one way the web talks to the server: same-origin cookies, JSON, the CSRF header on
 * every non-GET request, and errors turned into `ApiError` (messages already in French).
 */

export interface FieldIssue {
  champ: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field errors of a validation failure, `[{champ, message}]`; empty otherwise. */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.flatMap((d: unknown) => {
      if (typeof d !== 'object' || d === null) return [];
      const { champ, message } = d as Record<string, unknown>;
      return typeof champ === 'string' && typeof message === 'string' ? [{ champ, message }] : [];
    });
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Kept in memory only: it comes back with every `/api/auth/me` after a reload. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header, for the one request the client cannot send (the CSV import, for its upload progress). */
export const csrfHeader = (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {});

/** Called on a 401 from any request that did not opt out (the app sends the user to log in). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON, except a `Blob` (its raw bytes, with its type) or a `FormData` (multipart). */
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  /** Extra request headers (a file's name travels there, never in the address). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** The message of a network failure, when the request deserves a more precise one. */
  networkMessage?: string;
  /** A 401 here is an answer for the form (bad credentials), not a lost session. */
  skipUnauthorizedRedirect?: boolean;
}

function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

const NETWORK_MESSAGE = 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.';

async function toApiError(response: Response): Promise<ApiError> {
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // Not JSON (proxy page, empty body): fall back to a generic message.
  }
  const error =
    typeof payload === 'object' && payload !== null ? (payload as { error?: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null) {
    const { code, message, details } = error as Record<string, unknown>;
    if (typeof message === 'string') {
      return new ApiError(response.status, typeof code === 'string' ? code : 'inconnu', message, details);
    }
  }
  const fallback =
    response.status >= 500
      ? 'Une erreur est survenue sur le serveur. Réessayez dans un instant.'
      : `La requête a échoué (code ${response.status}).`;
  return new ApiError(response.status, 'inconnu', fallback);
}

/** The body as `fetch` sends it, and its content type (multipart lets the browser write its own). */
function encodeBody(body: unknown): { body?: BodyInit; contentType?: string } {
  if (body === undefined) return {};
  if (body instanceof FormData) return { body };
  if (body instanceof Blob) return { body, contentType: body.type || 'application/octet-stream' };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

/** Sends a request to `/api…` and returns the parsed JSON (undefined for 204). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const { body, contentType } = encodeBody(options.body);
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
  if (contentType) headers['content-type'] = contentType;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'reseau', options.networkMessage ?? NETWORK_MESSAGE);
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !options.skipUnauthorizedRedirect) onUnauthorized?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  patch: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  put: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  delete: <T = void>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
};

/** The French message to show for any error thrown by a request or a mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Une erreur inattendue est survenue. Réessayez.';
}
