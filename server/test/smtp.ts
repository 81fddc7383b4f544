import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in-process that keeps every message it receives. */
export async function startSmtp() {
  const inbox: Array<{ to: string[]; raw: string }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c: Buffer) => {
        raw += c.toString('utf8');
      });
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { inbox, port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The signed link in a received e-mail (quoted-printable soft breaks undone). */
export const linkIn = (raw: string) => {
  const body = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const m = body.match(/https?:\/\/\S+\/lien\/signalement\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/);
  if (!m) throw new Error('no link in e-mail');
  return m[1]!;
};
