import { createRequire } from 'node:module';
import type { FastifyReply } from 'fastify';

export interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

export const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const BUILT_IN = new Set(Object.values(HELVETICA));
let loaded: PdfMake | undefined;

/**
 * pdfmake with the built-in PDF fonts only: no font file, no URL fetched, ever. Loaded on the
 * first document, not at boot (it costs ~150 ms of start-up).
 */
export function pdfmake(): PdfMake {
  if (loaded) return loaded;
  const lib = createRequire(import.meta.url)('pdfmake') as PdfMake;
  lib.setFonts({ Helvetica: HELVETICA });
  lib.setUrlAccessPolicy(() => false);
  lib.setLocalAccessPolicy((name) => BUILT_IN.has(name));
  loaded = lib;
  return lib;
}

export const renderPdf = (doc: Record<string, unknown>): Promise<Buffer> =>
  pdfmake().createPdf(doc).getBuffer();

/** Answers a PDF as a download (or shown `inline`), never kept in a cache: they hold personal data. */
export const sendPdf = <R extends FastifyReply>(
  reply: R,
  filename: string,
  pdf: Buffer,
  disposition: 'attachment' | 'inline' = 'attachment',
) =>
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `${disposition}; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(pdf);
