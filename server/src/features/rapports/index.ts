/** The rapports feature's public surface: other features import from here, never its files. */
export { bilanDocument, type RapportDocument } from './rapports.documents';
export { bilanPdf } from './rapports.pdf';
export { winAnsi } from './rapports.pdf-blocks';
export { computeRapport, type RapportPerimetre, rapportPerimetre } from './rapports.service';
