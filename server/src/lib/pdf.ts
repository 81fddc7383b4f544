import { createRequire } from 'node:module';

export interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

/** pdfmake with the built-in PDF fonts only: no font file, no URL fetched, ever. */
export const pdfmake = createRequire(import.meta.url)('pdfmake') as PdfMake;
export const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const BUILT_IN = new Set(Object.values(HELVETICA));
pdfmake.setFonts({ Helvetica: HELVETICA });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((name) => BUILT_IN.has(name));

export const renderPdf = (doc: Record<string, unknown>): Promise<Buffer> =>
  pdfmake.createPdf(doc).getBuffer();
