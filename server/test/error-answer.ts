/** The fuzz test's check of a 4xx answer: the one error shape, and a message in French. */

/** Words of Fastify's, Ajv's and zod's English messages. */
const ENGLISH =
  /\b(must|should|expected|invalid|required|unexpected|unrecognized|not found|bad request|too large|unsupported|cannot|failed|allowed|forbidden|unauthorized|error|body\/|querystring\/|params\/)\b/i;

/** What is wrong with a 4xx answer, or null. Open311 has its own error format. */
export function badErrorAnswer(
  url: string,
  status: number,
  contentType: string,
  body: string,
): string | null {
  let message: unknown;
  const open311 = url.startsWith('/open311/');
  if (open311 && contentType.includes('xml')) {
    // GeoReport v2 errors: <errors><error><description>… in XML, [{ code, description }] in JSON.
    message = /<description>([^<]*)<\/description>/.exec(body)?.[1];
  } else {
    if (!contentType.includes('json')) return `4xx not JSON (${contentType})`;
    let json: { error?: { code?: unknown; message?: unknown } } & Array<{ description?: unknown }>;
    try {
      json = JSON.parse(body);
    } catch {
      return '4xx body is not valid JSON';
    }
    // An Open311 URL refused before routing (a malformed path) gets the API's error shape.
    if (open311 && Array.isArray(json)) message = json[0]?.description;
    else {
      if (typeof json?.error?.code !== 'string') return `4xx without error.code: ${body.slice(0, 120)}`;
      message = json.error.message;
    }
  }
  if (typeof message !== 'string' || !message.trim())
    return `4xx without a French message: ${body.slice(0, 120)}`;
  if (ENGLISH.test(message)) return `${status} message not French: ${message.slice(0, 160)}`;
  return null;
}
