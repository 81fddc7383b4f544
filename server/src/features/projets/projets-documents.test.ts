/**
 * The documents of a residents' project (issue 14, part 4): kinds recognised by their bytes, an
 * image cleaned of its metadata, once per client id, each addition, download and removal audited,
 * out of reach of another structure.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildProjetsWorld, projetBody } from './projets.factories';

describe('projets: documents', () => {
  const { t, d, med, coord, other } = useWorld(buildProjetsWorld, ['med', 'coord', 'other']);
  /** The name travels percent-encoded in its header, never in the address. */
  const send = (who: Session, id: string, body: Buffer, type: string, nom: string | null, docId?: string) =>
    who.request({
      method: 'POST',
      url: `/api/projets/${id}/documents${docId ? `?documentId=${docId}` : ''}`,
      payload: body,
      headers: {
        'content-type': type,
        ...(nom === null ? {} : { 'x-document-nom': encodeURIComponent(nom) }),
      },
    });
  const audits = (entityId: string) =>
    t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, entityId), eq(auditLog.entityType, 'projet_document')));

  it('keeps a PDF once, an image without its metadata, refuses other files, and audits each step', async () => {
    const p = projetBody(d);
    expect((await med.post('/api/projets', p)).statusCode).toBe(201);
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const docId = randomUUID();
    const nom = 'Budget prévisionnel 2027.pdf';
    const first = await send(med, p.id, pdf, 'application/pdf', nom, docId);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      id: docId,
      nom: 'Budget prévisionnel 2027.pdf',
      type: 'application/pdf',
    });
    expect((await send(med, p.id, pdf, 'application/pdf', nom, docId)).statusCode).toBe(200);

    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#c84' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneMaker', ImageDescription: 'Mme Diallo' } })
      .toBuffer();
    const img = await send(med, p.id, photo, 'image/jpeg', 'Affiche');
    expect(img.statusCode).toBe(201);
    const got = await med.get(`/api/projets/${p.id}/documents/${img.json().id}`);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.rawPayload.includes(Buffer.from('Diallo'))).toBe(false);

    const exe = await send(
      med,
      p.id,
      Buffer.from('MZ\x90\x00binary'),
      'application/octet-stream',
      'virus.exe',
    );
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.message).toMatch(/^Type de document non accepté/);
    const sansNom = await send(med, p.id, pdf, 'application/pdf', null);
    expect(sansNom.statusCode).toBe(400);
    expect(sansNom.json().error.details).toEqual([
      { champ: 'nom', message: expect.stringMatching(/^Nom du document attendu/) },
    ]);
    const vide = await send(med, p.id, pdf, 'application/pdf', '  ');
    expect(vide.json().error.message).toBe('Nom du document attendu.');
    const casse = await med.request({
      method: 'POST',
      url: `/api/projets/${p.id}/documents`,
      payload: pdf,
      headers: { 'content-type': 'application/pdf', 'x-document-nom': '%E9t%' },
    });
    expect(casse.statusCode).toBe(400);
    // An image over the photos' 5 MB is told so as a document, not as a photo.
    const grande = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5 * 1024 * 1024 + 10)]);
    const refusee = await send(med, p.id, grande, 'image/jpeg', 'Plan du quartier');
    expect(refusee.statusCode).toBe(413);
    expect(refusee.json().error.message).toMatch(/^Une image jointe dépasse 5 Mo/);

    const list = (await coord.get(`/api/projets/${p.id}/documents`)).json();
    expect(list.map((x: { nom: string }) => x.nom).sort()).toEqual([
      'Affiche',
      'Budget prévisionnel 2027.pdf',
    ]);
    const download = await coord.get(`/api/projets/${p.id}/documents/${docId}`);
    expect(download.headers['content-disposition']).toContain(
      "filename*=UTF-8''Budget%20pr%C3%A9visionnel%202027.pdf",
    );
    expect(
      (await coord.request({ method: 'DELETE', url: `/api/projets/${p.id}/documents/${docId}` })).statusCode,
    ).toBe(204);
    expect((await audits(docId)).map((a) => a.action).sort()).toEqual(['create', 'delete', 'read']);
  });

  it('keeps another structure out', async () => {
    const p = projetBody(d);
    expect((await med.post('/api/projets', p)).statusCode).toBe(201);
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const doc = (await send(med, p.id, pdf, 'application/pdf', 'Convention')).json();
    expect((await send(other, p.id, pdf, 'application/pdf', 'X')).statusCode).toBe(404);
    expect((await other.get(`/api/projets/${p.id}/documents`)).statusCode).toBe(404);
    expect((await other.get(`/api/projets/${p.id}/documents/${doc.id}`)).statusCode).toBe(404);
    expect(
      (await other.request({ method: 'DELETE', url: `/api/projets/${p.id}/documents/${doc.id}` })).statusCode,
    ).toBe(404);
  });
});
