/**
 * Inputs of the public Open311 GeoReport v2 endpoints (form-encoded or JSON POST, query strings).
 * Only the fields Trame reads are checked; the others (reporter's contact, media_url…) are
 * ignored, never stored. A field sent twice, or as a list, is refused.
 */
import { z } from 'zod';
import { identifiant, texteOptionnel } from '../zod-fr';

/** lat/long: a number in JSON, a string in a form. */
const coordonnee = z.union([z.number(), identifiant(40)]).optional();

export const open311PostSchema = z.object({
  api_key: identifiant(200).optional(),
  jurisdiction_id: identifiant(100).optional(),
  service_code: identifiant(60).optional(),
  lat: coordonnee,
  long: coordonnee,
  description: texteOptionnel(2000),
});
export type Open311PostInput = z.infer<typeof open311PostSchema>;

export const open311RequestsQuerySchema = z.object({
  /** A key of the jurisdiction: exact coordinates instead of the public grid (ADR 015). */
  api_key: identifiant(200).optional(),
  jurisdiction_id: identifiant(100).optional(),
  /** Comma-separated lists. */
  service_request_id: identifiant(4000).optional(),
  service_code: identifiant(1000).optional(),
  start_date: identifiant(40).optional(),
  end_date: identifiant(40).optional(),
  status: identifiant(20).optional(),
});
export type Open311RequestsQuery = z.infer<typeof open311RequestsQuerySchema>;
