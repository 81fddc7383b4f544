import type { ImportReport } from '@domain/main-courante/activite.views';
import { ApiError, csrfHeader } from '../../../lib/api-client';

export type ImportMode = 'atomic' | 'partial';

/**
 * Sends the CSV as a text/csv body with XMLHttpRequest, the only browser API that reports
 * upload progress. A refused atomic import (422) still carries the report: it is returned.
 */
export function importCsv(
  file: File,
  opts: { mode: ImportMode; dryRun: boolean; onProgress: (fraction: number) => void },
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/activites/import?mode=${opts.mode}&dryRun=${opts.dryRun}`);
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.setRequestHeader('accept', 'application/json');
    for (const [k, v] of Object.entries(csrfHeader())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress(e.loaded / e.total);
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'reseau', 'Le fichier n’a pas pu être envoyé : vérifiez votre connexion.'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON
      }
      if (xhr.status === 200) return resolve(body as ImportReport);
      const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)
        ?.error;
      if (xhr.status === 422 && error?.details && typeof error.details === 'object') {
        return resolve(error.details as ImportReport);
      }
      reject(
        new ApiError(
          xhr.status,
          error?.code ?? 'inconnu',
          error?.message ?? `L’import a échoué (code ${xhr.status}).`,
          error?.details,
        ),
      );
    };
    xhr.send(file);
  });
}
