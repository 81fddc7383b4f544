import type { TestApp } from './helpers';

/** Anonymous GeoReport v2 calls: GET a path below /open311/v2, POST a request form in `format`. */
export const open311Client = (t: TestApp) => ({
  get: (path: string) => t.app.inject({ method: 'GET', url: `/open311/v2/${path}` }),
  post: (format: string, fields: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: `/open311/v2/requests.${format}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    }),
});
