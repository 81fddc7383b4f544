import type { FastifyReply } from 'fastify';
import { AppError } from '../../../../../domain/errors';

export type Format = 'xml' | 'json';
type Value = string | number | boolean | null | undefined | Value[] | { [k: string]: Value };

export const parseFormat = (f: string): Format => {
  if (f === 'xml' || f === 'json') return f;
  throw new AppError('format', 400, 'Format inconnu : utilisez .xml ou .json.');
};

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** XML of a value; an array repeats `itemTag` for each item. Empty values are empty elements. */
function xml(tag: string, v: Value, itemTags: Record<string, string>): string {
  if (v === null || v === undefined || v === '') return `<${tag}/>`;
  if (Array.isArray(v)) {
    if (v.length === 0) return `<${tag}/>`;
    const item = itemTags[tag] ?? 'item';
    return `<${tag}>${v.map((x) => xml(item, x, itemTags)).join('')}</${tag}>`;
  }
  if (typeof v === 'object')
    return `<${tag}>${Object.entries(v)
      .map(([k, x]) => xml(k, x, itemTags))
      .join('')}</${tag}>`;
  return `<${tag}>${esc(String(v))}</${tag}>`;
}

/** Element names of list items, as in the GeoReport v2 examples. */
const ITEMS: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
};

/** Exact Content-Type of each format: strict GeoReport clients compare the header literally. */
export const OPEN311_CONTENT_TYPE: Record<Format, string> = {
  json: 'application/json',
  xml: 'text/xml',
};

/**
 * Sends `body` in the asked format; `root` names the XML root element. The payload goes out as a
 * Buffer so Fastify leaves the Content-Type as set (it appends `; charset=utf-8` to strings):
 * RFC 8259 defines no charset for JSON, and the XML declaration carries the encoding.
 */
export function sendOpen311(reply: FastifyReply, format: Format, root: string, body: Value, status = 200) {
  const text =
    format === 'json'
      ? JSON.stringify(body)
      : `<?xml version="1.0" encoding="UTF-8"?>\n${xml(root, body, ITEMS)}`;
  return reply.status(status).type(OPEN311_CONTENT_TYPE[format]).send(Buffer.from(text, 'utf8'));
}

/** The spec's error body: <errors><error><code/><description/></error></errors> or [{code, description}]. */
export const sendOpen311Error = (reply: FastifyReply, format: Format, status: number, description: string) =>
  sendOpen311(reply, format, 'errors', [{ code: status, description }], status);
