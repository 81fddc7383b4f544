/**
 * Errors every layer can throw. `message` is French and safe to show to a user:
 * never a name, an address, a note or any other personal data.
 */
export type ErrorDetails = Record<string, unknown> | Array<Record<string, unknown>>;

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, details?: ErrorDetails) =>
  new AppError('requete_invalide', 400, message, details);
export const validationFailed = (message: string, details?: ErrorDetails) =>
  new AppError('validation', 400, message, details);
export const unauthenticated = (message = 'Vous devez être connecté·e.') =>
  new AppError('non_authentifie', 401, message);
export const forbidden = (message = 'Vous n’avez pas le droit de faire cela.') =>
  new AppError('interdit', 403, message);
export const notFound = (what = 'Élément') => new AppError('introuvable', 404, `${what} introuvable.`);
export const conflict = (message: string, details?: ErrorDetails) =>
  new AppError('conflit', 409, message, details);
export const tooManyRequests = (message: string) => new AppError('trop_de_requetes', 429, message);
/** A read cancelled by the statement bound (ADR 020): the user narrows the search. */
export const searchTooBroad = () =>
  new AppError(
    'recherche_trop_large',
    503,
    'La recherche est trop large : précisez la période ou les filtres.',
  );
